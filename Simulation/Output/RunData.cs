namespace MarketSim.Output;

/// <summary>
/// A run folder loaded from its files alone: manifest.json, model.csv and firms.csv (required),
/// investors.csv and summary.csv (optional, empty when absent). flows.csv can be large and is
/// streamed on demand through <see cref="ReadFlows"/>.
/// </summary>
public sealed class RunData
{
    /// <summary>File names inside a run folder.</summary>
    public const string ModelFile = "model.csv", FirmsFile = "firms.csv", InvestorsFile = "investors.csv",
        FlowsFile = "flows.csv", SummaryFile = "summary.csv", VerdictFile = "verdict.csv", DefaultsFile = "defaults.csv",
        ParametersFile = "parameters.csv";

    private RunData(string directory, RunManifest manifest, IReadOnlyList<ModelRow> model, IReadOnlyList<FirmRow> firms,
        IReadOnlyList<InvestorRow> investors, IReadOnlyList<SummaryRow>? summary, IReadOnlyList<VerdictRow>? verdicts)
    {
        Verdicts = verdicts;
        Directory = directory;
        Manifest = manifest;
        Model = model;
        Firms = firms;
        Investors = investors;
        Summary = summary;
        var replications = new SortedSet<int>();
        var lastTick = -1;
        foreach (var row in model)
        {
            replications.Add(row.Replication);
            lastTick = Math.Max(lastTick, row.Tick);
        }

        foreach (var row in firms)
        {
            replications.Add(row.Replication);
            lastTick = Math.Max(lastTick, row.Tick);
        }

        ReplicationCount = Math.Max(1, replications.Count);
        TickCount = lastTick + 1;
    }

    /// <summary>The run folder.</summary>
    public string Directory { get; }

    /// <summary>The run's manifest.</summary>
    public RunManifest Manifest { get; }

    /// <summary>Rows of model.csv.</summary>
    public IReadOnlyList<ModelRow> Model { get; }

    /// <summary>Rows of firms.csv.</summary>
    public IReadOnlyList<FirmRow> Firms { get; }

    /// <summary>Rows of investors.csv (empty when the file is absent).</summary>
    public IReadOnlyList<InvestorRow> Investors { get; }

    /// <summary>Rows of summary.csv, or null when the file is absent.</summary>
    public IReadOnlyList<SummaryRow>? Summary { get; }

    /// <summary>Rows of verdict.csv, or null when the file is absent (a run written before verdicts existed).</summary>
    public IReadOnlyList<VerdictRow>? Verdicts { get; }

    /// <summary>Whether investors.csv was present.</summary>
    public bool HasInvestors => Investors.Count > 0;

    /// <summary>Whether flows.csv is present.</summary>
    public bool HasFlows => File.Exists(System.IO.Path.Combine(Directory, FlowsFile));

    /// <summary>Distinct replications found in the data (at least 1).</summary>
    public int ReplicationCount { get; }

    /// <summary>Ticks found in the data (last tick + 1).</summary>
    public int TickCount { get; }

    /// <summary>The scenario name, or the folder name when the manifest has none.</summary>
    public string ScenarioName => Manifest.Scenario.Length > 0 ? Manifest.Scenario : System.IO.Path.GetFileName(Directory);

    /// <summary>Path of a file inside the run folder.</summary>
    public string PathOf(string fileName) => System.IO.Path.Combine(Directory, fileName);

    /// <summary>Streams flows.csv (nothing when absent).</summary>
    public IEnumerable<FlowRow> ReadFlows() => HasFlows ? CsvTable.Read<FlowRow>(PathOf(FlowsFile)) : [];

    /// <summary>Loads a run folder. Missing required files are a <see cref="FileNotFoundException"/> naming the file.</summary>
    public static RunData Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var full = System.IO.Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"Run folder '{directory}' does not exist.");
        }

        var manifest = RunManifest.Load(Required(full, RunManifest.FileName));
        var model = CsvTable.ReadAll<ModelRow>(Required(full, ModelFile));
        var firms = CsvTable.ReadAll<FirmRow>(Required(full, FirmsFile));
        var investorsPath = System.IO.Path.Combine(full, InvestorsFile);
        IReadOnlyList<InvestorRow> investors = File.Exists(investorsPath) ? CsvTable.ReadAll<InvestorRow>(investorsPath) : [];
        var summaryPath = System.IO.Path.Combine(full, SummaryFile);
        var summary = File.Exists(summaryPath) ? CsvTable.ReadAll<SummaryRow>(summaryPath) : null;
        var verdictPath = System.IO.Path.Combine(full, VerdictFile);
        var verdicts = File.Exists(verdictPath) ? CsvTable.ReadAll<VerdictRow>(verdictPath) : null;
        return new RunData(full, manifest, model, firms, investors, summary, verdicts);
    }

    private static string Required(string directory, string fileName)
    {
        var path = System.IO.Path.Combine(directory, fileName);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Run folder '{directory}' has no {fileName}.", path);
    }
}
