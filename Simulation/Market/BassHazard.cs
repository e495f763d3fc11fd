namespace MarketSim.Market;

/// <summary>
/// The probability that a non-adopter adopts within one month under Bass diffusion.
/// </summary>
/// <remarks>
/// The specification writes the hazard as p + q A/N, the first-order form. With monthly ticks that form drifts
/// up to 8 percentage points from the closed-form Bass curve (p = 0.01, q = 0.3), so we use the exact
/// one-month step of the Bass equation dF/dt = (p + qF)(1 - F): place F on the closed-form curve
/// F(t) = (1 - e^(-bt)) / (1 + (q/p) e^(-bt)), b = p + q, advance one month, and return the share of
/// the remaining non-adopters that adopted. It tends to p + q F for short steps.
/// </remarks>
public static class BassHazard
{
    /// <summary>Probability of adopting this month given the adopted share <paramref name="adopted"/>.</summary>
    public static double OneMonth(double p, double q, double adopted)
    {
        if (adopted >= 1)
        {
            return 0;
        }

        var b = p + q;
        if (b <= 0)
        {
            return 0;
        }

        if (p <= 0)
        {
            // Pure imitation: logistic growth, dF/dt = qF(1 - F).
            if (adopted <= 0)
            {
                return 0;
            }

            // docs/model.md (1.2)
            var odds = adopted / (1 - adopted) * Math.Exp(q);
            var next = odds / (1 + odds);
            return (next - adopted) / (1 - adopted);
        }

        // x = e^(-bt) at the point of the curve where F = adopted.
        // docs/model.md (1.1)
        var x = (1 - adopted) / (1 + (adopted * q / p));
        var x1 = x * Math.Exp(-b);
        var f1 = (1 - x1) / (1 + (q / p * x1));
        return Math.Clamp((f1 - adopted) / (1 - adopted), 0, 1);
    }

    /// <summary>The closed-form Bass curve from zero adopters: F(t) = (1 - e^(-bt)) / (1 + (q/p) e^(-bt)).</summary>
    public static double Curve(double p, double q, double t)
    {
        var e = Math.Exp(-(p + q) * t);
        return (1 - e) / (1 + (q / p * e));
    }
}
