using System.Globalization;
using MarketSim.Scenarios;

namespace MarketSim.Experiments.Sweeps;

/// <summary>
/// Joins shard folders into one sweep result: every shard must carry the same plan hash, and every run
/// id must appear exactly once across them. The shards' rows (each file in run-id order) are merged as
/// a stream into one <c>runs.csv</c> whose bytes equal a single-machine sweep's.
/// </summary>
public static class SweepMerger
{
    /// <summary>
    /// The shard folders named by <paramref name="paths"/>: a folder holding <c>plan.json</c> is a shard; any
    /// other folder stands for its <c>shard-*</c> sub-folders.
    /// </summary>
    public static IReadOnlyList<string> ShardFolders(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var folders = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(Path.Combine(path, SweepPlan.FileName)))
            {
                folders.Add(path);
                continue;
            }

            if (!Directory.Exists(path))
                throw new InputException(new InputError(path, null, null, "no such folder"));
            var shards = Directory.GetDirectories(path, "shard-*-of-*").Order(StringComparer.Ordinal).ToList();
            if (shards.Count == 0)
                throw new InputException(new InputError(path, null, null, $"neither a shard folder (no {SweepPlan.FileName}) nor a folder of shard-i-of-n folders"));
            folders.AddRange(shards);
        }

        return folders;
    }

    /// <summary>Merges the shards into <paramref name="outputDirectory"/> and returns the plan.</summary>
    /// <exception cref="InputException">The shards disagree, or runs are missing or repeated.</exception>
    public static SweepPlan Merge(IReadOnlyList<string> shardFolders, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(shardFolders);
        if (shardFolders.Count == 0)
            throw new InputException(new InputError("merge", null, null, "no shard folders given"));
        SweepPlan? plan = null;
        foreach (var folder in shardFolders)
        {
            var planPath = Path.Combine(folder, SweepPlan.FileName);
            SweepPlan shardPlan;
            try
            {
                shardPlan = SweepPlan.ReadFile(planPath);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                throw new InputException(new InputError(planPath, null, null, e.Message));
            }

            if (plan is not null && shardPlan.Hash != plan.Hash)
            {
                throw new InputException(new InputError(planPath, "$.plan_hash", null,
                    $"plan {shardPlan.Hash} differs from {plan.Hash} of {shardFolders[0]}: these shards are not from the same sweep"));
            }

            plan ??= shardPlan;
        }

        Directory.CreateDirectory(outputDirectory);
        var runsPath = Path.Combine(outputDirectory, RunsCsv.FileName);
        var temporary = runsPath + ".merging";
        var header = RunsCsv.Header(plan!);
        var readers = shardFolders.Select(f => new ShardReader(Path.Combine(f, RunsCsv.FileName), header)).ToList();
        try
        {
            using (var output = new StreamWriter(temporary, append: false, RunsCsv.Utf8) { NewLine = "\n" })
            {
                output.Write(header + "\n");
                for (long expected = 0; expected < plan!.RunCount; expected++)
                {
                    ShardReader? next = null;
                    foreach (var reader in readers)
                    {
                        if (reader.Current is not null && (next is null || reader.RunId < next.RunId))
                            next = reader;
                    }

                    if (next is null || next.RunId > expected)
                    {
                        throw new InputException(new InputError(outputDirectory, null, null, string.Create(CultureInfo.InvariantCulture,
                            $"run {expected} is in no shard ({plan.RunCount} runs expected); a shard is missing or incomplete (finish it with sweep --shard i/n --resume)")));
                    }

                    if (next.RunId < expected)
                        throw new InputException(new InputError(next.Path, null, null, string.Create(CultureInfo.InvariantCulture, $"run {next.RunId} appears in more than one shard")));
                    output.Write(next.Current + "\n");
                    next.Advance();
                }

                foreach (var reader in readers.Where(r => r.Current is not null))
                    throw new InputException(new InputError(reader.Path, null, null, string.Create(CultureInfo.InvariantCulture, $"run {reader.RunId} appears in more than one shard")));
            }
        }
        finally
        {
            foreach (var reader in readers)
                reader.Dispose();
        }

        File.Move(temporary, runsPath, overwrite: true);
        plan.WriteFile(Path.Combine(outputDirectory, SweepPlan.FileName));
        return plan;
    }

    private sealed class ShardReader : IDisposable
    {
        private readonly StreamReader _reader;

        public ShardReader(string path, string header)
        {
            Path = path;
            if (!File.Exists(path))
                throw new InputException(new InputError(path, null, null, "missing: this shard has not run"));
            using (var stream = File.OpenRead(path))
            {
                if (stream.Length == 0 || stream.Seek(-1, SeekOrigin.End) < 0 || stream.ReadByte() != '\n')
                    throw new InputException(new InputError(path, null, null, "ends in a partial row: this shard was interrupted; finish it with sweep --shard i/n --resume"));
            }

            _reader = new StreamReader(path, RunsCsv.Utf8);
            if (_reader.ReadLine() != header)
            {
                _reader.Dispose();
                throw new InputException(new InputError(path, null, null, "the header does not match the plan's columns"));
            }

            Advance();
        }

        public string Path { get; }

        public string? Current { get; private set; }

        public long RunId { get; private set; }

        public void Advance()
        {
            var line = _reader.ReadLine();
            var previous = RunId;
            var hadRow = Current is not null;
            Current = line;
            if (line is null)
                return;
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma <= 0 || !long.TryParse(line.AsSpan(0, comma), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                throw new InputException(new InputError(Path, null, null, "malformed row: " + line));
            if (hadRow && id <= previous)
                throw new InputException(new InputError(Path, null, null, string.Create(CultureInfo.InvariantCulture, $"run {id} is out of order")));
            RunId = id;
        }

        public void Dispose() => _reader.Dispose();
    }
}
