namespace MarketSim.Experiments;

/// <content>The peeling and pasting trajectory of one PRIM run.</content>
public static partial class PrimAnalysis
{
    private readonly record struct Candidate(int Dimension, Side Side, double Cut, int Count, int Positives);

    private sealed class Peeler
    {
        private readonly IReadOnlyList<double[]> _x;
        private readonly IReadOnlyList<bool> _y;
        private readonly PrimOptions _options;
        private readonly IReadOnlyList<string> _names;
        private readonly IReadOnlyList<bool> _categorical;
        private readonly int _n;
        private readonly int _k;
        private readonly int _totalPositives;
        private readonly double[] _dataMin;
        private readonly double[] _dataMax;
        private readonly double[][] _allCategories;
        private readonly double[] _lower;
        private readonly double[] _upper;
        private readonly List<double>[] _categories;
        private List<int> _inside;

        internal Peeler(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, PrimOptions options,
            IReadOnlyList<string> names, IReadOnlyList<bool> categorical)
        {
            _x = x;
            _y = y;
            _options = options;
            _names = names;
            _categorical = categorical;
            _n = x.Count;
            _k = x[0].Length;
            _totalPositives = y.Count(v => v);
            _dataMin = new double[_k];
            _dataMax = new double[_k];
            _allCategories = new double[_k][];
            _categories = new List<double>[_k];
            for (var d = 0; d < _k; d++)
            {
                var column = x.Select(row => row[d]).ToArray();
                _dataMin[d] = column.Min();
                _dataMax[d] = column.Max();
                _allCategories[d] = column.Distinct().Order().ToArray();
                _categories[d] = [.. _allCategories[d]];
            }

            _lower = (double[])_dataMin.Clone();
            _upper = (double[])_dataMax.Clone();
            _inside = Enumerable.Range(0, _n).ToList();
        }

        internal PrimResult Execute()
        {
            var trajectory = new List<PrimBox> { Snapshot(0, _inside.Count, CountPositives(_inside)) };
            while (trajectory[^1].Positives < trajectory[^1].Count)
            {
                var best = BestPeel();
                if (best is null)
                    break;
                Apply(best.Value);
                _inside = _inside.Where(i => _categorical[best.Value.Dimension]
                    ? _x[i][best.Value.Dimension] != best.Value.Cut
                    : _x[i][best.Value.Dimension] >= _lower[best.Value.Dimension] && _x[i][best.Value.Dimension] <= _upper[best.Value.Dimension]).ToList();
                trajectory.Add(Snapshot(trajectory.Count, best.Value.Count, best.Value.Positives));
            }

            var peeled = trajectory.FirstOrDefault(b => b.Density >= _options.DensityThreshold);
            var selected = peeled;
            if (peeled is not null && _options.Paste)
                selected = Paste(peeled);
            return new PrimResult(trajectory, selected, peeled, _options);
        }

        private Candidate? BestPeel()
        {
            Candidate? best = null;
            var values = new double[_inside.Count];
            for (var d = 0; d < _k; d++)
            {
                if (_categorical[d])
                {
                    if (_categories[d].Count < 2)
                        continue;
                    foreach (var c in _categories[d])
                        Consider(ref best, Evaluate(d, Side.Category, c));
                    continue;
                }

                var m = _inside.Count;
                if (m < 2)
                    continue;
                for (var j = 0; j < m; j++)
                    values[j] = _x[_inside[j]][d];
                Array.Sort(values, 0, m);
                if (values[0] == values[m - 1])
                    continue;
                var r = Math.Max(1, (int)Math.Floor(_options.Alpha * m));

                // Low side: keep values >= cut. If ties make the slice empty, drop the lowest unique value.
                var lowCut = values[Math.Min(r, m - 1)];
                if (lowCut == values[0])
                    lowCut = FirstAbove(values, m, values[0]);
                Consider(ref best, Evaluate(d, Side.Low, lowCut));

                var highCut = values[Math.Max(m - 1 - r, 0)];
                if (highCut == values[m - 1])
                    highCut = LastBelow(values, m, values[m - 1]);
                Consider(ref best, Evaluate(d, Side.High, highCut));
            }

            return best;
        }

        private Candidate Evaluate(int d, Side side, double cut)
        {
            var count = 0;
            var positives = 0;
            foreach (var i in _inside)
            {
                var v = _x[i][d];
                var keep = side switch
                {
                    Side.Low => v >= cut,
                    Side.High => v <= cut,
                    _ => v != cut,
                };
                if (keep)
                {
                    count++;
                    if (_y[i])
                        positives++;
                }
            }

            return new Candidate(d, side, cut, count, positives);
        }

        private void Consider(ref Candidate? best, Candidate candidate)
        {
            if (candidate.Count == 0 || (double)candidate.Count / _n < _options.MinimumMass)
                return;
            if (best is null || IsBetter(candidate, best.Value))
                best = candidate;
        }

        // Higher density wins (compared exactly by cross-multiplication), then the larger box;
        // otherwise the earlier candidate stays, which fixes the dimension and side order.
        private static bool IsBetter(Candidate a, Candidate b)
        {
            var lhs = (long)a.Positives * b.Count;
            var rhs = (long)b.Positives * a.Count;
            return lhs > rhs || (lhs == rhs && a.Count > b.Count);
        }

        private void Apply(Candidate c)
        {
            switch (c.Side)
            {
                case Side.Low:
                    _lower[c.Dimension] = c.Cut;
                    break;
                case Side.High:
                    _upper[c.Dimension] = c.Cut;
                    break;
                default:
                    _categories[c.Dimension].Remove(c.Cut);
                    _lower[c.Dimension] = _categories[c.Dimension][0];
                    _upper[c.Dimension] = _categories[c.Dimension][^1];
                    break;
            }
        }

        // Pasting (Friedman and Fisher 1999, section 6): repeatedly widen one side of one input to
        // take in about PasteAlpha x count more points lying just outside that side (and inside
        // every other bound), or re-admit one category, choosing the widening with the highest
        // resulting density, while density strictly rises.
        private PrimBox Paste(PrimBox source)
        {
            RestoreBox(source);
            var count = source.Count;
            var positives = source.Positives;
            while (true)
            {
                var pools = OutsidePools();
                Candidate? best = null;
                var add = Math.Max(1, (int)Math.Floor(_options.PasteAlpha * count));
                for (var d = 0; d < _k; d++)
                {
                    var pool = pools[d];
                    if (pool.Count == 0)
                        continue;
                    if (_categorical[d])
                    {
                        foreach (var c in _allCategories[d].Where(c => !_categories[d].Contains(c)))
                            ConsiderPaste(ref best, Grow(d, Side.Category, c, pool, count, positives));
                        continue;
                    }

                    var below = pool.Select(i => _x[i][d]).Where(v => v < _lower[d]).OrderDescending().ToArray();
                    if (below.Length > 0)
                        ConsiderPaste(ref best, Grow(d, Side.Low, below[Math.Min(add, below.Length) - 1], pool, count, positives));
                    var above = pool.Select(i => _x[i][d]).Where(v => v > _upper[d]).Order().ToArray();
                    if (above.Length > 0)
                        ConsiderPaste(ref best, Grow(d, Side.High, above[Math.Min(add, above.Length) - 1], pool, count, positives));
                }

                if (best is null || !((long)best.Value.Positives * count > (long)positives * best.Value.Count))
                    break;
                var chosen = best.Value;
                switch (chosen.Side)
                {
                    case Side.Low:
                        _lower[chosen.Dimension] = chosen.Cut;
                        break;
                    case Side.High:
                        _upper[chosen.Dimension] = chosen.Cut;
                        break;
                    default:
                        _categories[chosen.Dimension].Add(chosen.Cut);
                        _categories[chosen.Dimension].Sort();
                        _lower[chosen.Dimension] = _categories[chosen.Dimension][0];
                        _upper[chosen.Dimension] = _categories[chosen.Dimension][^1];
                        break;
                }

                count = chosen.Count;
                positives = chosen.Positives;
            }

            return Snapshot(source.Step, count, positives);
        }

        private static void ConsiderPaste(ref Candidate? best, Candidate candidate)
        {
            if (best is null || IsBetter(candidate, best.Value))
                best = candidate;
        }

        private Candidate Grow(int d, Side side, double cut, List<int> pool, int count, int positives)
        {
            foreach (var i in pool)
            {
                var v = _x[i][d];
                var take = side switch
                {
                    Side.Low => v >= cut && v < _lower[d],
                    Side.High => v <= cut && v > _upper[d],
                    _ => v == cut,
                };
                if (take)
                {
                    count++;
                    if (_y[i])
                        positives++;
                }
            }

            return new Candidate(d, side, cut, count, positives);
        }

        // For each input d, the points that are outside the box on d alone.
        private List<int>[] OutsidePools()
        {
            var pools = new List<int>[_k];
            for (var d = 0; d < _k; d++)
                pools[d] = [];
            for (var i = 0; i < _n; i++)
            {
                var violated = -1;
                var violations = 0;
                for (var d = 0; d < _k && violations < 2; d++)
                {
                    if (!InBound(d, _x[i][d]))
                    {
                        violated = d;
                        violations++;
                    }
                }

                if (violations == 1)
                    pools[violated].Add(i);
            }

            return pools;
        }

        private bool InBound(int d, double v) => _categorical[d]
            ? _categories[d].BinarySearch(v) >= 0
            : v >= _lower[d] && v <= _upper[d];

        private void RestoreBox(PrimBox box)
        {
            for (var d = 0; d < _k; d++)
            {
                var bound = box.Bounds[d];
                _lower[d] = bound.Lower;
                _upper[d] = bound.Upper;
                _categories[d] = bound.Categories is null ? [.. _allCategories[d]] : [.. bound.Categories];
            }
        }

        private int CountPositives(List<int> points) => points.Count(i => _y[i]);

        private PrimBox Snapshot(int step, int count, int positives)
        {
            var bounds = new PrimBound[_k];
            for (var d = 0; d < _k; d++)
            {
                bounds[d] = _categorical[d]
                    ? new PrimBound(_names[d], _lower[d], _upper[d], _categories[d].ToArray(), _categories[d].Count < _allCategories[d].Length)
                    : new PrimBound(_names[d], _lower[d], _upper[d], null, _lower[d] > _dataMin[d] || _upper[d] < _dataMax[d]);
            }

            var coverage = _totalPositives > 0 ? (double)positives / _totalPositives : double.NaN;
            var density = count > 0 ? (double)positives / count : double.NaN;
            return new PrimBox(step, bounds, count, positives, coverage, density, (double)count / _n);
        }

        private static double FirstAbove(double[] sorted, int m, double value)
        {
            for (var j = 0; j < m; j++)
            {
                if (sorted[j] > value)
                    return sorted[j];
            }

            return value;
        }

        private static double LastBelow(double[] sorted, int m, double value)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                if (sorted[j] < value)
                    return sorted[j];
            }

            return value;
        }
    }
}
