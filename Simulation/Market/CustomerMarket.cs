using MarketSim.Engine;
using MarketSim.Market.Agents;
using MarketSim.Market.Parameters;
using MathNet.Numerics.Distributions;

namespace MarketSim.Market;

/// <summary>
/// The customer side of the market (docs/model.md 3.3.1 to 3.3.4): Bass adoption, the logit choice
/// inputs (capability, price, native status, switching costs and alliance lock-in), the choice table,
/// and the WU each lab's customers demand, with open-weights hosting requested at home clouds.
/// </summary>
public sealed class CustomerMarket
{
    private readonly CustomerParameters _parameters;
    private readonly AgentSet<Lab> _labs;
    private readonly AgentSet<Cloud> _clouds;
    private readonly AllianceBook _alliances;
    private readonly InferenceEfficiency _efficiency;
    private readonly RandomStream _random;
    private readonly LabAppeal? _appeal;
    private readonly double[] _baseDemand;
    private readonly double[] _adoption;
    private readonly double[] _review;
    private readonly double[] _demandLevel;
    private bool[] _alive = [];
    private int _adoptedAtStart;

    internal CustomerMarket(CustomerParameters parameters, AgentSet<Lab> labs, AgentSet<Cloud> clouds, AllianceBook alliances, InferenceEfficiency efficiency, int labCount, RandomStream random, TaskDemandParameters? taskDemand = null, RandomStream? appealRandom = null)
    {
        _parameters = parameters;
        _labs = labs;
        _clouds = clouds;
        _alliances = alliances;
        _efficiency = efficiency;
        _random = random;
        _appeal = parameters.AppealVolatility > 0 && appealRandom is not null
            ? new LabAppeal(parameters.AppealVolatility, parameters.AppealHalfLife, appealRandom)
            : null;
        Population = new CustomerPopulation(parameters, clouds.Select(c => c.FirmId).ToList(), labCount, random);
        Inputs = new ChoiceInputs(Population.Segments, Population.Classes, clouds.Count, 0);
        SetSensitivities();
        var segments = Population.Segments;
        _baseDemand = new double[segments];
        _adoption = new double[segments];
        _review = new double[segments];
        _demandLevel = new double[segments];
        Array.Fill(_demandLevel, 1.0);
        for (var s = 0; s < segments; s++)
        {
            var seg = parameters.Segments[s];
            var size = Population.SegmentSize(s);
            // docs/model.md (2.1)
            _baseDemand[s] = size > 0 ? parameters.TotalDemand * seg.DemandShare / size : 0;
            _review[s] = seg.ReviewProbability;
        }

        Tasks = taskDemand is null ? null : new TaskDemand(taskDemand, _baseDemand);
    }

    /// <summary>v2 demand state (tasks and tokens per task), or null under v1's decaying growth.</summary>
    public TaskDemand? Tasks { get; }

    /// <summary>The customers (flat arrays).</summary>
    public CustomerPopulation Population { get; }

    /// <summary>WU demanded this tick, million.</summary>
    public double DemandWU { get; private set; }

    /// <summary>The logit's inputs, refreshed every tick.</summary>
    internal ChoiceInputs Inputs { get; }

    /// <summary>Choice probabilities per segment, class, home cloud and current lab.</summary>
    internal ChoiceTable Choices { get; } = new();

    /// <summary>Price per WU an adopter on home cloud <paramref name="home"/> pays for <paramref name="lab"/>'s models at <paramref name="tick"/>.</summary>
    public double PriceFor(Lab lab, int home, int tick) => lab.OpenWeights ? _efficiency.Intensity(lab, tick) * _clouds[home].Price : lab.Price;

    /// <summary>Makes room for a lab (at construction or a lab-entry event).</summary>
    internal void AddLab(Lab lab)
    {
        if (_labs.Count > Population.CountLabs)
        {
            Population.AddLab();
        }

        Inputs.Resize(_labs.Count);
        Inputs.Brand[lab.Index] = lab.Brand;
        _alive = new bool[_labs.Count];
    }

    /// <summary>
    /// Tick 0: the initial adopters choose from the tick-0 table, or, with <c>steady_start</c>, hold the cell's
    /// steady shares (docs/model.md (3.7a)).
    /// </summary>
    internal void AdoptInitial()
    {
        var initialAdopted = _parameters.Segments.Select(s => s.InitialAdopted).ToArray();
        if (_parameters.SteadyStart)
        {
            var steady = SteadyStartShares.Solve(Choices, Inputs, _parameters.Segments);
            Population.AdoptInitial(initialAdopted, Choices, _random, steady.Choose);
        }
        else
        {
            Population.AdoptInitial(initialAdopted, Choices, _random);
        }
    }

    /// <summary>Lab <paramref name="lab"/>'s product-appeal shock xi this month (docs/model.md (3.1a)); 0 when switched off.</summary>
    internal double Appeal(int lab) => _appeal?[lab] ?? 0;

    /// <summary>The choice stage: refreshes the logit inputs and the choice table.</summary>
    internal void UpdateChoices(int tick)
    {
        _appeal?.Advance(tick, _labs.Count);
        RefreshChoiceInputs(tick);
        Choices.Update(Inputs);
    }

    /// <summary>The adoption stage: each segment's one-month Bass hazard from its adopted share at the start of the tick.</summary>
    internal void SetAdoptionProbabilities()
    {
        for (var s = 0; s < Population.Segments; s++)
        {
            var seg = _parameters.Segments[s];
            var size = Population.SegmentSize(s);
            var adopted = size > 0 ? (double)Population.AdoptedIn(s) / size : 1;
            // docs/model.md (1.1)
            _adoption[s] = BassHazard.OneMonth(seg.P, seg.Q, adopted);
        }
    }

    /// <summary>The customers stage: adoption, forced re-choice, review and choice, customers in index order.</summary>
    internal void StepCustomers() => Population.Step(_adoption, _review, _alive, Choices, _random);

    /// <summary>
    /// The demand stage: demand levels, WU demanded per lab and its demand and customer shares, and the
    /// hosting compute open-weights customers ask their home clouds for; under v2 workloads, the captive and
    /// other-ai requests too.
    /// </summary>
    internal void ComputeDemand(int tick, ComputeExchange exchange, CloudWorkloads? workloads = null)
    {
        if (Tasks is not null)
        {
            ComputeTaskDemand(tick, exchange, Tasks, workloads);
            return;
        }

        var segments = _parameters.Segments;
        for (var s = 0; s < segments.Count; s++)
        {
            // level(t) = level(t-1) (1 + g(t-1)): the decaying-growth product, advanced one tick at a time.
            // docs/model.md (2.2)
            _demandLevel[s] = tick == 0 ? 1 : _demandLevel[s] * (1 + DecayingGrowth.Rate(segments[s].Growth, segments[s].GrowthHalfLife, tick - 1));
        }

        DistributeDemand(tick, exchange, null);
    }

    /// <summary>
    /// The demand stage under v2 (docs/model.md 3.3.2b): x_s moves toward the frontier's ceiling, each
    /// lab's tokens per task follow its capability, and an adopter buys tasks by the Jevons rule on the
    /// cost of a task, tasks times tokens per task in WU.
    /// </summary>
    private void ComputeTaskDemand(int tick, ComputeExchange exchange, TaskDemand tasks, CloudWorkloads? workloads)
    {
        tasks.SetTokensPerTask(_labs);
        var frontier = ClosedFrontier();
        if (!tasks.Started)
        {
            StartTaskDemand(tick, tasks, frontier);
            _adoptedAtStart = Population.Adopted;
        }
        else
        {
            tasks.Advance(frontier);
        }

        DistributeDemand(tick, exchange, tasks);
        workloads?.Request(tick, exchange, tasks, frontier, AdoptionSinceStart());
    }

    // docs/model.md (2.15a): A(t) / A(t0), the adopters the workloads' products reach; 1 when nobody had adopted at t0.
    private double AdoptionSinceStart() => _adoptedAtStart > 0 ? (double)Population.Adopted / _adoptedAtStart : 1;

    // WU demanded per lab and home cloud, summed over segments, and the hosting open-weights customers ask
    // for: v1 (tasks null) by base demand times its level, v2 by tasks times tokens per task.
    private void DistributeDemand(int tick, ComputeExchange exchange, TaskDemand? tasks)
    {
        var segments = _parameters.Segments;
        var total = 0.0;
        foreach (var lab in _labs)
        {
            var demand = 0.0;
            var tau = tasks?.Tau(lab.Index) ?? 1;
            for (var h = 0; h < _clouds.Count; h++)
            {
                var hosted = 0.0;
                var price = PriceFor(lab, h, tick);
                for (var s = 0; s < segments.Count; s++)
                {
                    var n = Population.CountOf(s, lab.Index, h);
                    if (n == 0)
                    {
                        continue;
                    }

                    var seg = segments[s];
                    var perCustomer = tasks is null
                        // d_i = base demand grown by g per month, times (P / P_ref)^-eta: docs/model.md (2.3)
                        ? _baseDemand[s] * _demandLevel[s] * Math.Pow(price / seg.ReferencePrice, -seg.Elasticity)
                        // tasks_i = x_s (c / P_ref)^-eta with c = P tau; q_i = tasks_i tau WU: docs/model.md (2.6)
                        : tasks.Tasks(s) * Math.Pow(price * tau / seg.ReferencePrice, -seg.Elasticity) * tau;
                    hosted += n * perCustomer;
                }

                demand += hosted;
                if (lab.OpenWeights && hosted > 0 && lab.Alive)
                {
                    var intensity = _efficiency.Intensity(lab, tick);
                    // docs/model.md (2.4)
                    exchange.RequestHosting(lab, h, hosted * intensity, intensity);
                }
            }

            lab.PreviousDemandShare = lab.DemandShare;
            lab.Demand = lab.Alive ? demand : 0;
            total += lab.Demand;
        }

        SetShares(total);
    }

    // X_s from the mean spend per task of the segment's adopters at tick-0 prices; a segment with no
    // adopter yet is priced at its reference price.
    private void StartTaskDemand(int tick, TaskDemand tasks, double frontier)
    {
        var segments = _parameters.Segments;
        var share = new double[segments.Count];
        var size = new int[segments.Count];
        var perTask = new double[segments.Count];
        for (var s = 0; s < segments.Count; s++)
        {
            var seg = segments[s];
            share[s] = seg.DemandShare;
            size[s] = Population.SegmentSize(s);
            var spend = 0.0;
            var n = 0;
            foreach (var lab in _labs)
            {
                var tau = tasks.Tau(lab.Index);
                for (var h = 0; h < _clouds.Count; h++)
                {
                    var count = Population.CountOf(s, lab.Index, h);
                    if (count == 0 || !lab.Alive)
                    {
                        continue;
                    }

                    var cost = PriceFor(lab, h, tick) * tau;
                    spend += count * Math.Pow(cost / seg.ReferencePrice, -seg.Elasticity) * cost;
                    n += count;
                }
            }

            perTask[s] = n > 0 ? spend / n : seg.ReferencePrice;
        }

        tasks.Start(frontier, share, size, perTask);
    }

    /// <summary>K_F: the best living closed lab's capability now.</summary>
    private double ClosedFrontier()
    {
        var best = 0.0;
        foreach (var lab in _labs)
        {
            if (lab.Alive && !lab.OpenWeights && lab.Capability > best)
            {
                best = lab.Capability;
            }
        }

        return best;
    }

    private void SetShares(double total)
    {
        var segments = _parameters.Segments;
        var adopters = Population.Adopted;
        foreach (var lab in _labs)
        {
            lab.DemandShare = total > 0 ? lab.Demand / total : 0;
            var users = 0;
            for (var h = 0; h < _clouds.Count; h++)
            {
                for (var s = 0; s < segments.Count; s++)
                {
                    users += Population.CountOf(s, lab.Index, h);
                }
            }

            lab.CustomerShare = adopters > 0 ? (double)users / adopters : 0;
        }

        DemandWU = total;
    }

    private void SetSensitivities()
    {
        var c = _parameters;
        for (var s = 0; s < c.Segments.Count; s++)
        {
            Inputs.QualityWeight[s] = c.Segments[s].QualitySensitivity;
            Inputs.PriceWeight[s] = c.Segments[s].PriceSensitivity;
            Inputs.SwitchingCost[s] = c.Segments[s].SwitchingCost;
        }

        // Sensitivity classes (docs/model.md 3.3.4): quantiles at class midpoints of a mean-one lognormal
        // with the given spread, crossed for quality and price (k x k classes).
        var k = c.SensitivityClasses;
        var multipliers = new double[k];
        if (c.SensitivitySpread <= 0 || k == 1)
        {
            Array.Fill(multipliers, 1.0);
        }
        else
        {
            var sigma = Math.Sqrt(Math.Log(1 + (c.SensitivitySpread * c.SensitivitySpread)));
            var mu = -sigma * sigma / 2;
            for (var i = 0; i < k; i++)
            {
                // docs/model.md (4.1)
                multipliers[i] = LogNormal.InvCDF(mu, sigma, (i + 0.5) / k);
            }
        }

        for (var q = 0; q < k; q++)
        {
            for (var p = 0; p < k; p++)
            {
                Inputs.QualityMultiplier[(q * k) + p] = multipliers[q];
                Inputs.PriceMultiplier[(q * k) + p] = multipliers[p];
            }
        }
    }

    /// <summary>The logit inputs at <paramref name="tick"/> (docs/model.md 3.3.3).</summary>
    internal void RefreshChoiceInputs(int tick)
    {
        var inputs = Inputs;
        var lambda = _parameters.NativeBonus;
        var labs = _labs;
        for (var j = 0; j < labs.Count; j++)
        {
            var lab = labs[j];
            _alive[j] = lab.Alive;
            inputs.Alive[j] = lab.Alive;
            inputs.LnCapability[j] = Math.Log(Math.Max(lab.Capability, 1e-12));
            // docs/model.md (3.1a)
            inputs.Brand[j] = lab.Brand + Appeal(j);
            for (var h = 0; h < _clouds.Count; h++)
            {
                var home = _clouds[h];
                inputs.LnPrice[j, h] = Math.Log(Math.Max(PriceFor(lab, h, tick), 1e-300));
                // docs/model.md (3.3)
                var native = _alliances.Native(lab, home, tick, lab.MainCloud == h ? 1.0 : 0.0);
                inputs.Native[h, j] = lambda * native;
                for (var k = 0; k < labs.Count; k++)
                {
                    // docs/model.md (3.5)
                    inputs.ExitLock[j, k, h] = k == j ? 0 : _alliances.ExitLock(lab, labs[k], home, tick);
                }
            }

            for (var k = 0; k < labs.Count; k++)
            {
                // docs/model.md (3.4)
                inputs.SwitchMultiplier[j, k] = j == k ? 0 : _alliances.SwitchMultiplier(lab, labs[k], tick);
            }
        }
    }
}
