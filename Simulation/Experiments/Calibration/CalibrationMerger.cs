using System.Text;
using System.Text.Json.Nodes;

namespace MarketSim.Experiments.Calibration;

/// <summary>
/// Joins the shard folders of a calibration's global design into one candidates.csv, byte-identical to the
/// global rows a single machine writes; <c>calibrate --resume --out</c> on the merged folder then refines and
/// reports.
/// </summary>
public static class CalibrationMerger
{
    /// <summary>Whether <paramref name="folder"/> (or a shard folder in it) holds a calibration.</summary>
    public static bool IsCalibration(string folder) =>
        File.Exists(Path.Combine(folder, CalibrationPlan.FileName))
        || (Directory.Exists(folder) && Directory.GetDirectories(folder, "shard-*").Any(d => File.Exists(Path.Combine(d, CalibrationPlan.FileName))));

    /// <summary>Merges; returns the number of candidates written.</summary>
    /// <exception cref="InvalidDataException">Shards of different plans, or candidates missing.</exception>
    public static int Merge(IReadOnlyList<string> folders, string output)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var shards = folders.SelectMany(f => File.Exists(Path.Combine(f, CalibrationPlan.FileName)) ? [f] : Directory.GetDirectories(f, "shard-*").Order(StringComparer.Ordinal).ToArray()).ToList();
        if (shards.Count == 0)
            throw new InvalidDataException("no calibration shard folders (with " + CalibrationPlan.FileName + ") found");
        string? hash = null, header = null, plan = null;
        int? expected = null;
        var rows = new SortedDictionary<int, string>();
        foreach (var shard in shards)
        {
            var planPath = Path.Combine(shard, CalibrationPlan.FileName);
            var stored = CalibrationPlan.StoredHash(planPath);
            if (hash is not null && stored != hash)
                throw new InvalidDataException($"{shard}: another calibration's shard (plan {stored}, expected {hash})");
            hash = stored;
            plan ??= File.ReadAllText(planPath);
            expected ??= JsonNode.Parse(plan)?["global_candidates"]?.GetValue<int>();
            var lines = File.ReadAllText(Path.Combine(shard, CandidatesCsv.FileName)).Split('\n');
            if (header is not null && lines[0] != header)
                throw new InvalidDataException($"{shard}: the candidates.csv header differs from the first shard's");
            header = lines[0];
            // A partial last line (no newline) is an unfinished row: the last element after the split.
            foreach (var line in lines.Skip(1).SkipLast(1))
            {
                var index = int.Parse(line[..line.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
                rows[index] = line;
            }
        }

        for (var i = 0; i < (expected ?? 0); i++)
        {
            if (!rows.ContainsKey(i))
                throw new InvalidDataException($"candidate {i} is in no shard: finish every shard (with --resume) before merging");
        }

        Directory.CreateDirectory(output);
        var text = new StringBuilder(header).Append('\n');
        foreach (var line in rows.Values)
            text.Append(line).Append('\n');
        File.WriteAllText(Path.Combine(output, CandidatesCsv.FileName), text.ToString(), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(output, CalibrationPlan.FileName), plan!, new UTF8Encoding(false));
        return rows.Count;
    }
}
