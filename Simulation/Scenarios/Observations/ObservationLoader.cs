using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;

namespace MarketSim.Scenarios.Observations;

/// <summary>
/// Loads an observation file (header <c>series,firm,period_start,period_end,value,unit,low,high,kind,source,note</c>)
/// with the <c>companies.csv</c>, <c>shares.csv</c> and <c>units.csv</c> beside it. Every bad date, number, series, unit, kind or
/// range is reported at once with file, line and column.
/// </summary>
public static partial class ObservationLoader
{
    /// <summary>The columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["series", "firm", "period_start", "period_end", "value", "unit", "low", "high", "kind", "source", "note"];

    /// <summary>The company map's file name, looked for beside the observation file.</summary>
    public const string CompaniesFileName = "companies.csv";

    /// <summary>The measured-share table's file name, looked for beside the observation file.</summary>
    public const string SharesFileName = "shares.csv";

    /// <summary>The unit table's file name, looked for beside the observation file.</summary>
    public const string UnitsFileName = "units.csv";

    private static readonly string[] Kinds = ["reported", "guidance", "estimate", "leak"];

    /// <summary>Loads <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Every problem found, each located.</exception>
    public static ObservationSet Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            throw new InputException(new InputError(path, null, null, "observation file not found"));
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var builtIn = new List<string>();
        var units = LoadUnits(SideTable(folder, UnitsFileName, builtIn), path);
        var companies = LoadCompanies(SideTable(folder, CompaniesFileName, builtIn));
        var shares = LoadShares(SideTable(folder, SharesFileName, builtIn));
        var errors = new List<InputError>();
        var rows = new List<Observation>();
        var seen = new Dictionary<(string, string, DateOnly, DateOnly, string, double), int>();
        var unmeasured = new SortedDictionary<string, int>(StringComparer.Ordinal);
        ReadTable(path, Columns, errors, (fields, line) =>
        {
            var before = errors.Count;
            void Bad(int column, string message) => errors.Add(At(path, line, column, message));
            var series = fields[0];
            var measured = SeriesKinds.Find(series) is not null;
            if (series.Length == 0)
                Bad(0, $"series is empty; known series are: {string.Join(", ", SeriesKinds.Names)}");
            var firm = fields[1];
            if (firm.Length == 0)
                Bad(1, "firm is empty (use a model firm id, a company name or 'market')");
            var start = Date(fields[2], 2, Bad);
            var end = Date(fields[3], 3, Bad);
            if (start is { } s && end is { } e && e < s)
                Bad(3, $"period_end {fields[3]} is before period_start {fields[2]}");
            var value = Number(fields[4], 4, required: true, Bad);
            double factor = double.NaN;
            // A series the model does not measure may come in a unit of its own.
            if (!units.TryGetValue(fields[5], out factor) && measured)
                Bad(5, $"unknown unit '{fields[5]}'; {UnitsFileName} lists: {string.Join(", ", units.Keys.Order(StringComparer.Ordinal))}");
            var low = Number(fields[6], 6, required: false, Bad);
            var high = Number(fields[7], 7, required: false, Bad);
            if (value is { } v)
            {
                if (low is { } l && l > v)
                    Bad(6, $"low {fields[6]} is above value {fields[4]}");
                if (high is { } h && h < v)
                    Bad(7, $"high {fields[7]} is below value {fields[4]}");
                if (SeriesKinds.Find(series) is { } kind && !(kind.Positive(v) > 0))
                    Bad(4, $"value {fields[4]} cannot be scored in logs (the series needs {(kind.Positive(1) == 1 ? "a positive value" : "a change above -100%")})");
            }

            if (Array.IndexOf(Kinds, fields[8]) < 0)
                Bad(8, $"unknown kind '{fields[8]}'; expected {string.Join(", ", Kinds)}");
            if (fields[9].Length == 0)
                Bad(9, "source is empty: every observation names its source");
            DateOnly? date = end;
            if (fields[8] == "guidance" || series.Contains("guidance", StringComparison.Ordinal))
            {
                var issued = IssuedPattern().Match(fields[10]);
                if (!issued.Success)
                    Bad(10, "a guidance row needs its issue date in the note, as 'issued YYYY-MM-DD', 'issued YYYY-MM' or 'given YYYY-MM-DD'");
                else
                    date = IssueDate(issued.Groups[1].Value);
            }

            if (errors.Count > before)
                return;
            if (!measured)
            {
                unmeasured[series] = unmeasured.GetValueOrDefault(series) + 1;
                return;
            }

            if (value is null || start is null || end is null || date is null || double.IsNaN(factor))
                return;
            var key = (series, firm, start.Value, end.Value, fields[8], value.Value);
            if (seen.TryGetValue(key, out var other))
            {
                Bad(4, $"duplicates line {other.ToString(CultureInfo.InvariantCulture)}");
                return;
            }

            seen[key] = line;
            rows.Add(new Observation(series, firm, start.Value, end.Value, value.Value * factor, low * factor, high * factor,
                fields[5], fields[8], date.Value, fields[9], line));
        });
        if (errors.Count > 0)
            throw new InputException(errors);
        return new ObservationSet(path, rows, companies, shares) { UnmeasuredSeries = unmeasured, BuiltInTables = builtIn };
    }

    /// <summary>The folder holding the program's copy of the shipped side tables (scenarios/observations/).</summary>
    public static string BuiltInFolder => Path.Combine(AppContext.BaseDirectory, "scenarios", "observations");

    // A side table beside the observation file, else the program's copy of the shipped one: they map the model
    // (which company is which firm, what share of a figure the model measures), so a new observation file need not
    // carry them.
    private static string SideTable(string folder, string name, List<string> builtIn)
    {
        var beside = Path.Combine(folder, name);
        if (File.Exists(beside))
            return beside;
        var shipped = Path.Combine(BuiltInFolder, name);
        if (!File.Exists(shipped))
            return beside;
        builtIn.Add(name);
        return shipped;
    }

    /// <summary>The tick (months after <paramref name="startMonth"/>, which is tick 0) of the month containing <paramref name="date"/>.</summary>
    public static int TickOf(DateOnly date, DateOnly startMonth) =>
        ((date.Year - startMonth.Year) * 12) + date.Month - startMonth.Month;

    /// <summary>Reads a small CSV table with the given header, calling <paramref name="row"/> with each row's fields and line.</summary>
    internal static void ReadTable(string path, IReadOnlyList<string> columns, List<InputError> errors, Action<string[], int> row)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            DetectColumnCountChanges = false,
            BadDataFound = null,
            MissingFieldFound = null,
        };
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read())
        {
            errors.Add(new InputError(path, null, 1, $"the file is empty; expected the header {string.Join(',', columns)}"));
            return;
        }

        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        if (!header.SequenceEqual(columns, StringComparer.Ordinal))
        {
            errors.Add(new InputError(path, null, 1, $"expected the header {string.Join(',', columns)}, got {string.Join(',', header)}"));
            return;
        }

        var line = 1;
        while (csv.Read())
        {
            // The row starts on the line after the previous row ended (a quoted field may span lines).
            var first = line + 1;
            line = csv.Parser.RawRow;
            var count = csv.Parser.Count;
            if (count == 1 && string.IsNullOrWhiteSpace(csv.Parser[0]))
                continue;
            if (count != columns.Count)
            {
                errors.Add(new InputError(path, null, first, $"expected {columns.Count} fields, got {count.ToString(CultureInfo.InvariantCulture)}"));
                continue;
            }

            var fields = new string[count];
            for (var i = 0; i < count; i++)
                fields[i] = csv.Parser[i]!.Trim();
            row(fields, first);
        }
    }

    private static InputError At(string path, int line, int column, string message) =>
        new(path, $"column {(column + 1).ToString(CultureInfo.InvariantCulture)} ({Columns[column]})", line, message);

    private static DateOnly? Date(string text, int column, Action<int, string> bad)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        bad(column, $"expected a date yyyy-MM-dd, got '{text}'");
        return null;
    }

    private static double? Number(string text, int column, bool required, Action<int, string> bad)
    {
        if (text.Length == 0)
        {
            if (required)
                bad(column, "expected a number, got an empty field");
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        bad(column, $"expected a number, got '{text}'");
        return null;
    }

    private static DateOnly IssueDate(string text) =>
        text.Length == 7
            // A month without a day: the figure is known by the end of that month.
            ? DateOnly.ParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(1).AddDays(-1)
            : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, double> LoadUnits(string path, string observations)
    {
        if (!File.Exists(path))
            throw new InputException(new InputError(observations, null, null, $"no {UnitsFileName} beside the observation file (looked for {path}); it gives each unit's factor to model units"));
        var errors = new List<InputError>();
        var units = new Dictionary<string, double>(StringComparer.Ordinal);
        ReadTable(path, ["unit", "to_model", "note"], errors, (fields, line) =>
        {
            if (!double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) || !(factor > 0) || !double.IsFinite(factor))
                errors.Add(new InputError(path, "column 2 (to_model)", line, $"expected a positive number, got '{fields[1]}'"));
            else if (!units.TryAdd(fields[0], factor))
                errors.Add(new InputError(path, "column 1 (unit)", line, $"unit '{fields[0]}' is listed twice"));
        });
        if (errors.Count > 0)
            throw new InputException(errors);
        return units;
    }

    private static CompanyMap LoadCompanies(string path)
    {
        if (!File.Exists(path))
            return CompanyMap.Identity;
        var errors = new List<InputError>();
        var firms = new Dictionary<string, string>(StringComparer.Ordinal);
        ReadTable(path, ["company", "firm", "note"], errors, (fields, line) =>
        {
            if (fields[0].Length == 0 || fields[1].Length == 0)
                errors.Add(new InputError(path, "column 1 (company)", line, "company and firm must both be given"));
            else if (!firms.TryAdd(fields[0], fields[1]))
                errors.Add(new InputError(path, "column 1 (company)", line, $"company '{fields[0]}' is listed twice"));
        });
        if (errors.Count > 0)
            throw new InputException(errors);
        return new CompanyMap(firms);
    }

    private static MeasuredShares LoadShares(string path)
    {
        if (!File.Exists(path))
            return MeasuredShares.None;
        var errors = new List<InputError>();
        var shares = new Dictionary<(string, string), double>();
        ReadTable(path, ["series", "firm", "share", "note"], errors, (fields, line) =>
        {
            var kind = SeriesKinds.Find(fields[0]);
            if (kind is null)
                errors.Add(new InputError(path, "column 1 (series)", line, $"unknown series '{fields[0]}'; known series are: {string.Join(", ", SeriesKinds.Names)}"));
            else if (kind.Positive(1) != 1)
                // A share scales a level or a flow; a percentage change is the same whatever share of the figure is measured.
                errors.Add(new InputError(path, "column 1 (series)", line, $"series '{fields[0]}' is a change, not a level or a flow: a share does not apply to it"));
            if (fields[1].Length == 0)
                errors.Add(new InputError(path, "column 2 (firm)", line, "firm is empty (use the firm or company as the observation file writes it)"));
            if (!double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var share) || !(share > 0) || share > 1)
                errors.Add(new InputError(path, "column 3 (share)", line, $"expected a share in (0, 1], got '{fields[2]}'"));
            else if (!shares.TryAdd((fields[0], fields[1]), share))
                errors.Add(new InputError(path, "column 1 (series)", line, $"series '{fields[0]}' of '{fields[1]}' is listed twice"));
        });
        if (errors.Count > 0)
            throw new InputException(errors);
        return new MeasuredShares(shares);
    }

    [GeneratedRegex(@"(?:issued|given) ~?(\d{4}-\d{2}-\d{2}|\d{4}-\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IssuedPattern();
}
