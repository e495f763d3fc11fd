namespace MarketSim.Market.Agents;

/// <summary>
/// The ingredients of the logit utility (docs/model.md, choice of lab), refreshed every tick:
/// U = bq ln K_j - bp ln P_jh + brand_j + native_hj - s * switch_cj - exit_cjh.
/// </summary>
public sealed class ChoiceInputs
{
    /// <summary>Creates inputs for the given dimensions.</summary>
    public ChoiceInputs(int segments, int classes, int homes, int labs)
    {
        Segments = segments;
        Classes = classes;
        Homes = homes;
        Resize(labs);
        QualityWeight = new double[segments];
        PriceWeight = new double[segments];
        SwitchingCost = new double[segments];
        QualityMultiplier = new double[classes];
        PriceMultiplier = new double[classes];
    }

    /// <summary>Number of segments.</summary>
    public int Segments { get; }

    /// <summary>Number of sensitivity classes.</summary>
    public int Classes { get; }

    /// <summary>Number of home clouds.</summary>
    public int Homes { get; }

    /// <summary>Number of labs.</summary>
    public int Labs { get; private set; }

    /// <summary>Per lab: still selling.</summary>
    public bool[] Alive { get; private set; } = [];

    /// <summary>Per lab: ln capability.</summary>
    public double[] LnCapability { get; private set; } = [];

    /// <summary>Per lab and home cloud: ln price (open-weights prices depend on the hosting cloud).</summary>
    public double[,] LnPrice { get; private set; } = new double[0, 0];

    /// <summary>Per lab: brand constant.</summary>
    public double[] Brand { get; private set; } = [];

    /// <summary>Per home cloud and lab: utility bonus for being native there (lambda, alliances).</summary>
    public double[,] Native { get; private set; } = new double[0, 0];

    /// <summary>Per current lab and candidate lab: multiplier of the switching cost (0 when staying).</summary>
    public double[,] SwitchMultiplier { get; private set; } = new double[0, 0];

    /// <summary>Per current lab, candidate lab and home cloud: extra cost of leaving (vertical lock-in).</summary>
    public double[,,] ExitLock { get; private set; } = new double[0, 0, 0];

    /// <summary>Per segment: bq.</summary>
    public double[] QualityWeight { get; }

    /// <summary>Per segment: bp.</summary>
    public double[] PriceWeight { get; }

    /// <summary>Per segment: s.</summary>
    public double[] SwitchingCost { get; }

    /// <summary>Per class: multiplier of bq.</summary>
    public double[] QualityMultiplier { get; }

    /// <summary>Per class: multiplier of bp.</summary>
    public double[] PriceMultiplier { get; }

    /// <summary>Grows the per-lab arrays (a lab entered), keeping existing values.</summary>
    public void Resize(int labs)
    {
        Labs = labs;
        Alive = Grow(Alive, labs);
        LnCapability = Grow(LnCapability, labs);
        Brand = Grow(Brand, labs);
        LnPrice = new double[labs, Homes];
        Native = new double[Homes, labs];
        SwitchMultiplier = new double[labs, labs];
        ExitLock = new double[labs, labs, Homes];
    }

    private static T[] Grow<T>(T[] array, int length)
    {
        var grown = new T[length];
        Array.Copy(array, grown, Math.Min(array.Length, length));
        return grown;
    }
}
