#!/usr/bin/env bash
# Slurm smoke test: prove the cluster path of `./run.sh sweep`/`merge` on a real (one-node) Slurm.
#
#   sudo scripts/slurm-smoke.sh [--timeout SECONDS] [--keep] [--fail-task I] [--no-resubmit]
#
# As root on Debian: installs slurm-wlm and munge when missing, writes a one-node configuration in a
# private folder (SLURM_CONF; /etc/slurm is not touched), starts munged (unless running), slurmctld
# and slurmd, builds MarketSim once, then runs two scenarios with docs/cluster/sweep-array.sbatch and
# docs/cluster/sweep-merge.sbatch on scenarios/sweeps/lockin-vs-interop.json:
#   1. happy path: a 4-task array, the merge depending on it (afterok); the merged files must be
#      byte-identical to the same sweep run in one process;
#   2. resubmission: a 3-task array where task I (default 1) fails on purpose (MARKETSIM_FAIL_TASK);
#      the test checks that it is reported as failed, that the merge did not run (it stays pending,
#      DependencyNeverSatisfied; it is cancelled), resubmits task I alone without the failure switch,
#      submits the merge again depending on it, and compares the bytes again.
# Stops the daemons it started on exit (also on failure or interruption). Exit status 0 only if all
# checks pass; otherwise a line starting with "FAIL:" says what went wrong.
# Refuses to run when a slurmctld or slurmd is already running (it does not share a cluster).
#
# Environment: MARKETSIM_SMOKE_TIMEOUT (seconds for the whole test, default 600),
#              MARKETSIM_SMOKE_KEEP=1 (keep the work folder even on success).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
timeout=${MARKETSIM_SMOKE_TIMEOUT:-600}
keep=${MARKETSIM_SMOKE_KEEP:-}
fail_task=1
resubmit=1
sweep=scenarios/sweeps/lockin-vs-interop.json
array_script=docs/cluster/sweep-array.sbatch
merge_script=docs/cluster/sweep-merge.sbatch

while [[ $# -gt 0 ]]; do
  case $1 in
    --timeout) timeout=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --fail-task) fail_task=$2; shift 2 ;;
    --no-resubmit) resubmit=; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "slurm-smoke: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ $timeout =~ ^[0-9]+$ && $fail_task =~ ^[0-2]$ ]] || { echo "slurm-smoke: --timeout must be seconds, --fail-task 0, 1 or 2" >&2; exit 2; }

start=$SECONDS
deadline=$((SECONDS + timeout))
log() { printf '[slurm-smoke %3ds] %s\n' "$((SECONDS - start))" "$*"; }
die() { printf '[slurm-smoke %3ds] FAIL: %s\n' "$((SECONDS - start))" "$*" >&2; exit 1; }
time_left() { (( SECONDS < deadline )); }

# The test decides these itself; a value from the caller's shell must not leak into the jobs.
unset MARKETSIM_FAIL_TASK MARKETSIM_SHARD_COUNT MARKETSIM_SWEEP MARKETSIM_OUT MARKETSIM_MERGE_OUT \
  MARKETSIM_ROOT MARKETSIM_PARALLEL SLURM_CONF

[[ $EUID -eq 0 ]] || die "run as root (it installs packages and starts the Slurm daemons)"
for daemon in slurmctld slurmd; do
  if pid=$(pgrep -x "$daemon" | head -n 1); then
    die "$daemon is already running (pid $pid: $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)); this test starts its own one-node cluster and does not share or reconfigure an existing one: stop it first or run the test on another machine"
  fi
done

# --- install ----------------------------------------------------------------------------------
missing=()
for command in sbatch squeue scontrol sinfo scancel slurmctld slurmd; do
  command -v "$command" >/dev/null || { missing+=(slurm-wlm); break; }
done
command -v munged >/dev/null || missing+=(munge)
if [[ ${#missing[@]} -gt 0 ]]; then
  command -v apt-get >/dev/null || die "${missing[*]} missing and no apt-get to install them"
  log "installing ${missing[*]} (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt_log=$(mktemp /tmp/slurm-smoke-apt.XXXXXX)
  if ! { apt-get update -q && apt-get install -y -q slurm-wlm munge; } >"$apt_log" 2>&1; then
    tail -n 20 "$apt_log" >&2
    die "apt-get could not install slurm-wlm munge (log: $apt_log)"
  fi
  rm -f "$apt_log"
fi

# --- private one-node configuration ----------------------------------------------------------
work=$(mktemp -d /tmp/marketsim-slurm-smoke.XXXXXX)
mkdir -p "$work"/{etc,run,log,logs,spool/slurmctld,spool/slurmd}
export SLURM_CONF=$work/etc/slurm.conf
node=$(hostname -s)
cpus=$(nproc)
memory=$(awk '/^MemTotal:/ {printf "%d", $2 / 1024 * 0.9}' /proc/meminfo)
cat >"$SLURM_CONF" <<EOF
# One-node Slurm for scripts/slurm-smoke.sh (private to $work; removed on exit)
ClusterName=marketsim-smoke
SlurmctldHost=$node(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
ReturnToService=2
SlurmctldPidFile=$work/run/slurmctld.pid
SlurmdPidFile=$work/run/slurmd.pid
SlurmdSpoolDir=$work/spool/slurmd
StateSaveLocation=$work/spool/slurmctld
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobCompType=jobcomp/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
# Keep finished jobs visible to scontrol (no accounting database here) for the whole test.
MinJobAge=3600
NodeName=$node NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=main Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF

started_munged=
started_daemons=

stop_pid() { # name pidfile: TERM, wait up to 15 s, then KILL
  local name=$1 file=$2 pid i
  pid=$(cat "$file" 2>/dev/null) || return 0
  [[ -n $pid && -d /proc/$pid && $(cat "/proc/$pid/comm" 2>/dev/null) == "$name"* ]] || return 0
  kill "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 150; i++)); do [[ -d /proc/$pid ]] || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$?
  set +e
  trap - EXIT INT TERM
  if [[ -n $started_daemons ]]; then
    local jobs
    jobs=$(squeue -h -o %A 2>/dev/null | sort -u)
    if [[ -n $jobs ]]; then
      scancel $jobs 2>/dev/null
      for ((i = 0; i < 50; i++)); do [[ -z $(squeue -h 2>/dev/null) ]] && break; sleep 0.2; done
    fi
    stop_pid slurmd "$work/run/slurmd.pid"
    stop_pid slurmctld "$work/run/slurmctld.pid"
  fi
  [[ -n $started_munged ]] && stop_pid munged /run/munge/munged.pid
  local left
  left=$(pgrep -x slurmctld; pgrep -x slurmd; pgrep -x slurmstepd)
  left=$(echo $left)
  [[ -n $started_daemons && -n $left ]] && echo "[slurm-smoke] warning: Slurm processes still running: $left" >&2
  if [[ $status -eq 0 && -z $keep ]]; then
    rm -rf "$work"
  else
    echo "[slurm-smoke] work folder kept: $work (job logs in logs/, daemon logs in log/)" >&2
  fi
  log "daemons stopped; total $((SECONDS - start)) s"
  exit "$status"
}
trap cleanup EXIT
trap 'echo "[slurm-smoke] interrupted" >&2; exit 130' INT
trap 'echo "[slurm-smoke] terminated (time limit?)" >&2; exit 143' TERM

# --- daemons ----------------------------------------------------------------------------------
if pgrep -x munged >/dev/null; then
  log "munged already running: using it"
else
  if [[ ! -s /etc/munge/munge.key ]]; then
    mkdir -p /etc/munge
    mungekey --create --keyfile=/etc/munge/munge.key 2>/dev/null \
      || dd if=/dev/urandom of=/etc/munge/munge.key bs=1 count=1024 status=none
    chmod 600 /etc/munge/munge.key
  fi
  mkdir -p /run/munge /var/lib/munge /var/log/munge
  started_munged=1
  munged --force 2>"$work/log/munged.err" || die "munged did not start: $(cat "$work/log/munged.err")"
fi
for ((i = 0; i < 50; i++)); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.2; done
munge -n | unmunge >/dev/null 2>&1 || die "munge does not work (munge -n | unmunge)"

started_daemons=1
slurmctld -f "$SLURM_CONF" || die "slurmctld did not start: $(tail -n 5 "$work/log/slurmctld.log" 2>/dev/null)"
for ((i = 0; i < 100; i++)); do scontrol ping 2>/dev/null | grep -q UP && break; sleep 0.2; done
scontrol ping 2>/dev/null | grep -q UP || die "slurmctld does not answer: $(tail -n 5 "$work/log/slurmctld.log")"
slurmd -f "$SLURM_CONF" || die "slurmd did not start: $(tail -n 5 "$work/log/slurmd.log" 2>/dev/null)"
state=
for ((i = 0; i < 120; i++)); do
  state=$(sinfo -h -n "$node" -o %T 2>/dev/null | head -n 1)
  [[ $state == idle ]] && break
  sleep 0.5
done
if [[ $state != idle ]]; then
  scontrol show node "$node" >&2 || true
  tail -n 10 "$work/log/slurmd.log" >&2 || true
  die "node $node is '${state:-unknown}', not idle, 60 s after starting slurmd"
fi
log "one-node cluster up ($(sinfo --version), $(munged --version 2>&1 | awk '{print $1}')): node $node ($cpus CPUs) idle, config $SLURM_CONF"

# --- build once, reference sweep in one process -----------------------------------------------
cd "$repo"
./run.sh list >/dev/null || die "build failed (./run.sh list)"
./run.sh sweep "$sweep" --out "$work/single" --quiet >"$work/logs/single.out" 2>&1 \
  || { cat "$work/logs/single.out" >&2; die "the one-process reference sweep failed"; }
for file in runs.csv summary.csv sensitivity.csv prim.csv plan.json; do
  [[ -f $work/single/$file ]] || die "the one-process sweep wrote no $file"
done
log "built; one-process reference: $sweep -> $(find "$work/single" -type f | wc -l) files"

# --- job helpers ------------------------------------------------------------------------------
terminal='^(COMPLETED|FAILED|CANCELLED|TIMEOUT|NODE_FAIL|OUT_OF_MEMORY|PREEMPTED|BOOT_FAIL|DEADLINE|SPECIAL_EXIT)$'

field() { { grep -o "\\b$1=[^ ]*" || true; } | head -n 1 | cut -d= -f2-; } # value of Key= in a scontrol -o line

submit() { # sbatch arguments... -> job id
  local id
  id=$(sbatch --parsable "$@") || die "sbatch $* failed"
  echo "${id%%;*}"
}

# wait_array JOB: wait until no task is pending or running; sets task_states ("i STATE EXIT" lines)
wait_array() {
  local job=$1 lines line state all_done
  while time_left; do
    lines=$(scontrol -o show job "$job" 2>/dev/null) || lines=
    all_done=${lines:+1}
    task_states=
    while IFS= read -r line; do
      [[ -n $line ]] || continue
      state=$(field JobState <<<"$line")
      [[ $state =~ $terminal ]] || all_done=
      task_states+="$(field ArrayTaskId <<<"$line") $state $(field ExitCode <<<"$line")"$'\n'
    done <<<"$lines"
    [[ -n $all_done ]] && return 0
    sleep 0.5
  done
  squeue >&2 || true
  die "time limit (${timeout} s) reached waiting for array job $job"
}

# wait_job JOB: wait until the job is finished; sets job_state and job_exit
wait_job() {
  local job=$1 line
  while time_left; do
    line=$(scontrol -o show job "$job" 2>/dev/null) || line=
    job_state=$(field JobState <<<"$line")
    job_exit=$(field ExitCode <<<"$line")
    [[ $job_state =~ $terminal ]] && return 0
    sleep 0.5
  done
  squeue >&2 || true
  die "time limit (${timeout} s) reached waiting for job $job (state ${job_state:-unknown})"
}

show_log() { # file: last lines, indented
  if [[ -f $1 ]]; then tail -n 5 "$1" | sed 's/^/      | /'; else echo "      (no log file $1)"; fi
}

# failed_tasks: task ids of task_states that did not complete with exit 0
failed_tasks() { awk 'NF >= 2 && ($2 != "COMPLETED" || $3 != "0:0") {print $1}' <<<"$task_states" | sort -n | tr '\n' ' ' | sed 's/ $//'; }

report_failed() { # array-job log-prefix ids...: which tasks failed and why
  local job=$1 prefix=$2 id; shift 2
  for id in "$@"; do
    echo "    task $id of array job $job: $(awk -v i="$id" '$1 == i {print $2 ", exit code " $3}' <<<"$task_states"); log ${prefix}-${job}_${id}.out:"
    show_log "$work/logs/${prefix}-${job}_${id}.out"
  done
}

# cancel_blocked_merge JOB OUT: the dependent merge is pending for good; check it never ran, cancel it
cancel_blocked_merge() {
  local job=$1 out=$2 line state reason
  while time_left; do
    line=$(scontrol -o show job "$job" 2>/dev/null) || line=
    state=$(field JobState <<<"$line"); reason=$(field Reason <<<"$line")
    [[ $state == PENDING && $reason == DependencyNeverSatisfied ]] && break
    [[ $state == PENDING ]] || die "merge job $job is $state (reason $reason): it should never start after a failed task"
    sleep 0.5
  done
  [[ $reason == DependencyNeverSatisfied ]] || die "merge job $job not marked DependencyNeverSatisfied in time"
  [[ ! -e $out/runs.csv && ! -e $work/logs/merge-$job.out ]] || die "merge job $job ran although a task failed"
  scancel "$job" || die "scancel $job failed"
  log "merge job $job did not run: PENDING (DependencyNeverSatisfied) -> cancelled"
}

compare() { # reference merged: every file of the one-process sweep must be byte-identical
  local ref=$1 got=$2 file rel count=0
  while IFS= read -r -d '' file; do
    rel=${file#"$ref"/}
    [[ -f $got/$rel ]] || die "the merge did not write $rel (the one-process sweep did)"
    cmp -s "$file" "$got/$rel" || die "merged $rel differs from the one-process sweep: $(cmp "$file" "$got/$rel" 2>&1 | head -n 1)"
    count=$((count + 1))
  done < <(find "$ref" -type f -print0 | sort -z)
  log "merged result byte-identical to the one-process sweep: $count files (runs.csv summary.csv sensitivity.csv prim.csv plan.json charts/*)"
}

# Jobs run from the repository root (SLURM_SUBMIT_DIR) with the sweep, output folder and logs given
# as the documented parameters; one CPU per task so that several tasks share the node.
common=(--cpus-per-task=1)

# --- scenario 1: happy path -------------------------------------------------------------------
out=$work/happy
env1="ALL,MARKETSIM_SWEEP=$sweep,MARKETSIM_OUT=$out"
t0=$SECONDS
array=$(submit "${common[@]}" --array=0-3 --export="$env1" --output="$work/logs/sweep-%A_%a.out" "$array_script")
merge=$(submit --dependency=afterok:"$array" --export="$env1" --output="$work/logs/merge-%j.out" "$merge_script")
log "happy path: array job $array (tasks 0-3), merge job $merge (afterok:$array)"
wait_array "$array"
failed=$(failed_tasks)
if [[ -n $failed ]]; then
  echo "[slurm-smoke] array job $array: task(s) $failed failed:"
  report_failed "$array" sweep $failed
  cancel_blocked_merge "$merge" "$out"
  die "happy path: task(s) $failed of array job $array failed (merge job $merge did not run)"
fi
wait_job "$merge"
if [[ $job_state != COMPLETED || $job_exit != 0:0 ]]; then
  show_log "$work/logs/merge-$merge.out"
  die "happy path: merge job $merge ended $job_state (exit code $job_exit)"
fi
for i in 0 1 2 3; do [[ -f $out/shard-$i-of-4/runs.csv ]] || die "happy path: no shard-$i-of-4/runs.csv"; done
log "happy path: 4 tasks COMPLETED, merge COMPLETED in $((SECONDS - t0)) s"
compare "$work/single" "$out"

# --- scenario 2: a task fails, is resubmitted alone, the merge completes -----------------------
if [[ -n $resubmit ]]; then
  out=$work/resubmit
  env2="ALL,MARKETSIM_SWEEP=$sweep,MARKETSIM_OUT=$out"
  t0=$SECONDS
  array=$(submit "${common[@]}" --array=0-2 --export="$env2,MARKETSIM_FAIL_TASK=$fail_task" \
    --output="$work/logs/sweep-%A_%a.out" "$array_script")
  merge=$(submit --dependency=afterok:"$array" --export="$env2" --output="$work/logs/merge-%j.out" "$merge_script")
  log "resubmission: array job $array (tasks 0-2, MARKETSIM_FAIL_TASK=$fail_task), merge job $merge (afterok:$array)"
  wait_array "$array"
  failed=$(failed_tasks)
  [[ -n $failed ]] || die "resubmission: task $fail_task was to fail but every task completed"
  echo "[slurm-smoke] array job $array: task(s) $failed failed:"
  report_failed "$array" sweep $failed
  [[ $failed == "$fail_task" ]] || die "resubmission: task(s) $failed failed, expected only task $fail_task"
  log "resubmission: detected failed task $failed of array job $array (the others COMPLETED)"
  cancel_blocked_merge "$merge" "$out"

  # Resubmit the failed index alone, without the failure switch; the shard count must be given
  # (a lone task would otherwise be shard 0 of 1).
  again=$(submit "${common[@]}" --array="$failed" --export="$env2,MARKETSIM_SHARD_COUNT=3" \
    --output="$work/logs/sweep-%A_%a.out" "$array_script")
  merge=$(submit --dependency=afterok:"$again" --export="$env2" --output="$work/logs/merge-%j.out" "$merge_script")
  log "resubmission: task $failed resubmitted as array job $again (--array=$failed, MARKETSIM_SHARD_COUNT=3), merge job $merge (afterok:$again)"
  wait_array "$again"
  failed=$(failed_tasks)
  if [[ -n $failed ]]; then
    report_failed "$again" sweep $failed
    die "resubmission: the resubmitted task $failed (array job $again) failed again"
  fi
  wait_job "$merge"
  if [[ $job_state != COMPLETED || $job_exit != 0:0 ]]; then
    show_log "$work/logs/merge-$merge.out"
    die "resubmission: merge job $merge ended $job_state (exit code $job_exit)"
  fi
  for i in 0 1 2; do [[ -f $out/shard-$i-of-3/runs.csv ]] || die "resubmission: no shard-$i-of-3/runs.csv"; done
  log "resubmission: task $fail_task redone, merge COMPLETED in $((SECONDS - t0)) s"
  compare "$work/single" "$out"
fi

log "PASS: Slurm job array + dependent merge$([[ -n $resubmit ]] && echo ', failed-task detection and resubmission') on $(sinfo --version)"
