namespace MarketSim.Experiments;

/// <summary>
/// Scenario discovery with PRIM, the Patient Rule Induction Method (Friedman and Fisher 1999,
/// "Bump hunting in high-dimensional data", Statistics and Computing 9; used for scenario
/// discovery by Bryant and Lempert 2010). Starting from the box around all points, each step
/// peels off a small slice (a fraction alpha of the box's points) from one side of one input,
/// choosing the slice whose removal leaves the highest density of true outcomes, until the box
/// would hold less than the minimum mass. Optional pasting then grows the selected box back
/// while density rises.
/// <para>
/// Ties and discrete inputs: an ordered input is peeled at its alpha-quantile within the box
/// (remove the floor(alpha m) smallest or largest values, m = points in the box); when ties make
/// that slice empty, the whole lowest (highest) unique value is peeled instead, so a discrete
/// input with few levels loses one level per step. A categorical input is peeled by dropping one
/// category. Ties between candidate peels go to the larger remaining box, then to the lower
/// input index, then low side before high side, so runs are deterministic.
/// </para>
/// </summary>
public static partial class PrimAnalysis
{
    private enum Side
    {
        Low,
        High,
        Category,
    }

    /// <summary>Runs PRIM on a design's points; categorical parameters (with labels) are peeled by category.</summary>
    public static PrimResult Run(SweepDesign design, IReadOnlyList<bool> outcomes, PrimOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        var names = design.Space.Parameters.Select(p => p.Path).ToArray();
        var categorical = design.Space.Parameters.Select(p => p.Distribution.Labels is not null).ToArray();
        return Run(design.Points, outcomes, options, names, categorical);
    }

    /// <summary>
    /// Runs PRIM on n points of k inputs (<paramref name="inputs"/>, one row per point) and a boolean
    /// outcome per point (e.g. "the racetrack loses to the best single lab").
    /// </summary>
    public static PrimResult Run(IReadOnlyList<double[]> inputs, IReadOnlyList<bool> outcomes, PrimOptions? options = null,
        IReadOnlyList<string>? names = null, IReadOnlyList<bool>? categorical = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outcomes);
        options ??= new PrimOptions();
        options.Validate();
        var n = inputs.Count;
        if (n == 0)
            throw new ArgumentException("PRIM needs at least one point.", nameof(inputs));
        if (outcomes.Count != n)
            throw new ArgumentException($"Expected {n} outcomes, got {outcomes.Count}.", nameof(outcomes));
        var k = inputs[0].Length;
        if (k == 0)
            throw new ArgumentException("PRIM needs at least one input.", nameof(inputs));
        foreach (var row in inputs)
        {
            if (row is null || row.Length != k)
                throw new ArgumentException($"Every point needs {k} inputs.", nameof(inputs));
            foreach (var v in row)
            {
                if (!double.IsFinite(v))
                    throw new ArgumentException("PRIM inputs must be finite numbers.", nameof(inputs));
            }
        }

        names ??= Enumerable.Range(0, k).Select(d => "x" + d.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        categorical ??= new bool[k];
        if (names.Count != k || categorical.Count != k)
            throw new ArgumentException($"Names and categorical flags need one entry per input ({k}).");

        var run = new Peeler(inputs, outcomes, options, names, categorical);
        return run.Execute();
    }
}
