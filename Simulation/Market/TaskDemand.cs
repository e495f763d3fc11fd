using System.Globalization;
using MarketSim.Market.Agents;
using MarketSim.Market.Parameters;

namespace MarketSim.Market;

/// <summary>
/// v2 demand state (docs/model.md 3.3.2b): tasks per adopter <c>x_s</c> moving toward a ceiling the
/// frontier unlocks, and each lab's tokens per task <c>tau_j</c>. Owned by <see cref="CustomerMarket"/>.
/// </summary>
public sealed class TaskDemand
{
    private readonly TaskDemandParameters _parameters;
    private readonly double[] _tasks;
    private readonly double[] _ceiling;
    private readonly double[] _offset;
    private double[] _tau = [];
    private double _frontier0;

    internal TaskDemand(TaskDemandParameters parameters, IReadOnlyList<double> baseDemand)
    {
        _parameters = parameters;
        var segments = baseDemand.Count;
        _tasks = new double[segments];
        _ceiling = new double[segments];
        _offset = new double[segments];
        for (var s = 0; s < segments; s++)
        {
            // x_s(0) = base_s: a task unit is one WU at the tick-0 capability, so tick-0 demand is v1's.
            _tasks[s] = baseDemand[s];
        }
    }

    /// <summary>Whether <see cref="Start"/> has run (tick 0).</summary>
    public bool Started { get; private set; }

    /// <summary>l0: the demand-share-weighted mean over segments of x_s(0) / (psi X_s), where tick-0 use sits on the unlock curve (solved at tick 0).</summary>
    public double InitialUse { get; private set; }

    /// <summary>The task-demand parameters.</summary>
    public TaskDemandParameters Parameters => _parameters;

    /// <summary>K_0: the closed frontier at tick 0.</summary>
    public double Frontier0 => _frontier0;

    /// <summary>x_s: tasks per adopter of segment <paramref name="segment"/> this tick, million TU per month.</summary>
    public double Tasks(int segment) => _tasks[segment];

    /// <summary>X_s: tasks per adopter at full unlock (solved at tick 0).</summary>
    public double Ceiling(int segment) => _ceiling[segment];

    /// <summary>z_s: the unlock offset in ln capability (solved at tick 0).</summary>
    public double Offset(int segment) => _offset[segment];

    /// <summary>tau_j: WU per task of lab <paramref name="lab"/> this tick.</summary>
    public double Tau(int lab) => _tau[lab];

    /// <summary>tau = min(tau_max, (K / K_anchor)^theta).</summary>
    // docs/model.md (2.5)
    public static double TokensPerTask(double capability, double anchor, double theta, double tauMax) =>
        Math.Min(tauMax, Math.Pow(capability / anchor, theta));

    /// <summary>Lambda(K) = 1 / (1 + exp(-(ln(K / K_0) - z) / w)).</summary>
    // docs/model.md (2.7)
    public static double Unlocked(double frontier, double frontier0, double offset, double width) =>
        1 / (1 + Math.Exp(-(Math.Log(frontier / frontier0) - offset) / width));

    /// <summary>
    /// Tick 0: K_0 and, per segment, the ceiling X_s that gives the segment its share of the spend ceiling
    /// at full adoption and tick-0 prices, and the offset z_s at which the tick-0 tasks are psi of what
    /// the tick-0 frontier makes feasible. <paramref name="spendPerTask"/>[s] is the mean over the
    /// segment's adopters of (c / P_ref)^-eta c at x = 1.
    /// </summary>
    internal void Start(double frontier0, IReadOnlyList<double> segmentSpendShare, IReadOnlyList<int> segmentSize, IReadOnlyList<double> spendPerTask)
    {
        _frontier0 = frontier0;
        var p = _parameters;
        var use = 0.0;
        var weight = 0.0;
        for (var s = 0; s < _tasks.Length; s++)
        {
            var spend = p.SpendCeiling / 12 * segmentSpendShare[s];
            var perTask = segmentSize[s] * spendPerTask[s];
            // docs/model.md (2.9)
            _ceiling[s] = perTask > 0 ? spend / perTask : 0;
            var l0 = _ceiling[s] > 0 ? _tasks[s] / (p.ShareInUse * _ceiling[s]) : 0;
            if (l0 >= 1)
            {
                // Tick-0 use must sit below the top of the unlock curve: psi X_s above x_s(0).
                throw new ScenarioStateException(
                    "$.market.task_demand.share_in_use",
                    string.Create(CultureInfo.InvariantCulture,
                        $"at tick 0 the customers of $.customers.segments[{s}] already use {l0:G3} times the tasks that share_in_use {p.ShareInUse:G4} of spend_ceiling {p.SpendCeiling:G4} allows (expected below 1): raise share_in_use or spend_ceiling"));
            }

            // docs/model.md (2.10)
            _offset[s] = l0 > 0 ? p.UnlockWidth * Math.Log((1 / l0) - 1) : 0;
            use += segmentSpendShare[s] * l0;
            weight += segmentSpendShare[s];
        }

        InitialUse = weight > 0 ? use / weight : 0;

        Started = true;
    }

    /// <summary>Tokens per task of every lab from its capability against its own tick-0 (entry) capability.</summary>
    internal void SetTokensPerTask(IReadOnlyList<Lab> labs)
    {
        if (_tau.Length != labs.Count)
        {
            _tau = new double[labs.Count];
        }

        var p = _parameters;
        for (var j = 0; j < labs.Count; j++)
        {
            _tau[j] = TokensPerTask(labs[j].Capability, labs[j].Parameters.Capability, p.TokensExponent, p.MaxTokensPerTask);
        }
    }

    /// <summary>Ticks after 0: x_s moves toward x*_s = X_s Lambda(K_F) by nu.</summary>
    internal void Advance(double frontier)
    {
        var p = _parameters;
        for (var s = 0; s < _tasks.Length; s++)
        {
            if (_ceiling[s] <= 0 || frontier <= 0)
            {
                continue;
            }

            // docs/model.md (2.8)
            var target = _ceiling[s] * Unlocked(frontier, _frontier0, _offset[s], p.UnlockWidth);
            _tasks[s] += p.Adjustment * (target - _tasks[s]);
        }
    }
}
