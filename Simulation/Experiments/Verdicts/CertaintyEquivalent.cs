namespace MarketSim.Experiments.Verdicts;

/// <summary>
/// The certainty-equivalent total return of putting a fraction f of wealth into a strategy and keeping the rest in
/// cash, under CRRA utility of relative risk aversion gamma (MODEL.md 8.4.12):
/// <c>CE = [mean_r (1 - f + f W_r)^(1 - gamma)]^(1 / (1 - gamma)) - 1</c>, and
/// <c>CE = exp(mean_r ln(1 - f + f W_r)) - 1</c> for gamma = 1, where W_r is replication r's final value multiple.
/// It is the sure return on the whole of wealth the investor would take instead of the gamble.
/// </summary>
public static class CertaintyEquivalent
{
    /// <summary>The certainty equivalent of the multiples <paramref name="multiples"/> (equally likely).</summary>
    public static double Of(IReadOnlyList<double> multiples, double wealthFraction, double riskAversion)
    {
        ArgumentNullException.ThrowIfNull(multiples);
        Require(wealthFraction, riskAversion);
        var sum = 0.0;
        for (var r = 0; r < multiples.Count; r++)
            sum += Utility(multiples[r], wealthFraction, riskAversion);
        return FromMeanUtility(sum / multiples.Count, riskAversion);
    }

    /// <summary>u(W) = (1 - f + f W)^(1 - gamma), or ln(1 - f + f W) for gamma = 1 (the transformed wealth, not a utility's scale).</summary>
    public static double Utility(double multiple, double wealthFraction, double riskAversion)
    {
        // A multiple below zero cannot happen (value is never negative); clamping keeps a rounding error finite.
        var wealth = Math.Max(0, 1 - wealthFraction + (wealthFraction * multiple));
        return IsLog(riskAversion) ? Math.Log(wealth) : Math.Pow(wealth, 1 - riskAversion);
    }

    /// <summary>The inverse of <see cref="Utility"/> at a mean utility, minus one: the certainty-equivalent return.</summary>
    public static double FromMeanUtility(double meanUtility, double riskAversion) =>
        (IsLog(riskAversion) ? Math.Exp(meanUtility) : Math.Pow(meanUtility, 1 / (1 - riskAversion))) - 1;

    internal static void Require(double wealthFraction, double riskAversion)
    {
        if (!(wealthFraction > 0 && wealthFraction <= 1))
            throw new ArgumentOutOfRangeException(nameof(wealthFraction), wealthFraction, "The wealth fraction must lie in (0, 1].");
        if (!(riskAversion >= 0) || !double.IsFinite(riskAversion))
            throw new ArgumentOutOfRangeException(nameof(riskAversion), riskAversion, "Risk aversion must be a finite number of at least 0.");
    }

    // Within 1e-12 of 1 the power form loses every digit to cancellation; the log form is its limit.
    private static bool IsLog(double riskAversion) => Math.Abs(riskAversion - 1) < 1e-12;
}
