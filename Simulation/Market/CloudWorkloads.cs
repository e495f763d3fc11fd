using MarketSim.Engine;
using MarketSim.Market.Agents;
using MarketSim.Market.Money;
using MarketSim.Market.Parameters;

namespace MarketSim.Market;

/// <summary>
/// v2 workloads on each cloud besides the labs (docs/model.md 3.3.2c, MODEL.md 8.4.2): a captive segment (the parent's
/// own products on one lab's models, no lab choice, at the transfer price UC_c / u*, paid by <c>parent:&lt;cloud&gt;</c>)
/// and an <c>other-ai</c> segment (enterprise models and unmodelled labs, at list, tokens per task at the lagged
/// frontier). Both follow the task-demand equations (2.5)-(2.10) and replace the cloud's v1 background, which they
/// split at tick 0. The demand stage states their requests; the exchange serves and bills them.
/// </summary>
public sealed class CloudWorkloads
{
    private readonly WorkloadParameters _parameters;
    private readonly AgentSet<Cloud> _clouds;
    private readonly AgentSet<Lab> _labs;
    private readonly InferenceEfficiency _efficiency;
    private readonly FrontierHistory _history;
    private readonly ChipProcurement _procurement;
    private readonly OutsideAccounts _outside;
    private readonly double _lag;
    private readonly Segment[] _captive;
    private readonly Segment[] _otherAi;
    private readonly int[] _captiveLab;
    private readonly double[] _transferPrice;
    private readonly double[] _parentBefore;
    private double _otherAiBefore;
    private double _movedOut;
    private double _movedIn;
    private double _otherAiIntensity0;
    private double _otherAiTau = 1;
    private bool _started;

    internal CloudWorkloads(WorkloadParameters parameters, MarketModel market, ChipProcurement procurement, FrontierHistory history, InferenceEfficiency efficiency)
    {
        _parameters = parameters;
        _clouds = market.Clouds;
        _labs = market.Labs;
        _efficiency = efficiency;
        _history = history;
        _procurement = procurement;
        _outside = market.Outside;
        _lag = market.Parameters.Market.OpenWeightsLag;
        var n = _clouds.Count;
        _captive = new Segment[n];
        _otherAi = new Segment[n];
        _captiveLab = new int[n];
        _transferPrice = new double[n];
        _parentBefore = new double[n];
        for (var c = 0; c < n; c++)
        {
            var p = _clouds[c].Parameters;
            _captiveLab[c] = p.CaptiveLab is { } id && p.CaptiveShare > 0 ? market.LabById(id).Index : -1;
        }

        _outside.OpenWorkloads(_clouds.Select(c => c.FirmId));
        market.Exchange.UseWorkloads();
    }

    /// <summary>TP_c = UC_c / u*_c: the transfer price per CU of cloud <paramref name="cloud"/>'s captive compute this tick.</summary>
    public double TransferPrice(int cloud) => _transferPrice[cloud];

    /// <summary>Captive compute requested at cloud <paramref name="cloud"/> this tick, million CU.</summary>
    public double CaptiveRequested(int cloud) => _captive[cloud].Requested;

    /// <summary>Other-ai compute requested at cloud <paramref name="cloud"/> this tick, million CU.</summary>
    public double OtherAiRequested(int cloud) => _otherAi[cloud].Requested;

    /// <summary>x of the captive segment at cloud <paramref name="cloud"/>: tasks this tick at the reference cost, million TU.</summary>
    public double CaptiveTasks(int cloud) => _captive[cloud].Tasks;

    /// <summary>x of the other-ai segment at cloud <paramref name="cloud"/>, million TU.</summary>
    public double OtherAiTasks(int cloud) => _otherAi[cloud].Tasks;

    /// <summary>tau of the other-ai segments this tick: tokens per task at the frontier of <c>open_weights_lag</c> months ago.</summary>
    public double OtherAiTokensPerTask => _otherAiTau;

    /// <summary>The lab index whose models cloud <paramref name="cloud"/>'s captive products run, or -1.</summary>
    public int CaptiveLab(int cloud) => _captiveLab[cloud];

    /// <summary>What <c>parent:&lt;cloud&gt;</c> has paid since this tick's requests were stated.</summary>
    public double ParentOutflow(int cloud) => _parentBefore[cloud] - _outside.Parent(_clouds[cloud].FirmId).Total;

    /// <summary>What the other-ai account has paid since this tick's requests were stated.</summary>
    public double OtherAiOutflow => _otherAiBefore - _outside.OtherAi!.Total;

    /// <summary>
    /// Demand that defaulted clouds' segments carried when they moved this tick and what the receivers took (docs/model.md
    /// (16.17)), each as sum x c_ref^eta_oai: tasks at a cost of one dollar a task, the quantity the move conserves.
    /// </summary>
    public (double Out, double In) MovedThisTick => (_movedOut, _movedIn);

    /// <summary>Tasks plus unlock ceiling left on cloud <paramref name="cloud"/>'s captive and other-ai segments, million TU.</summary>
    public double SegmentsLeft(int cloud) => _captive[cloud].Tasks + _captive[cloud].Ceiling + _otherAi[cloud].Tasks + _otherAi[cloud].Ceiling;

    /// <summary>
    /// Cloud <paramref name="dead"/> has defaulted (docs/model.md (16.17)): its other-ai customers and its parent's
    /// captive products keep buying compute, now at list from the live clouds, so both segments join the receivers'
    /// other-ai segments by <paramref name="split"/> (16.16). Tasks and ceiling carry the segment's own reference cost
    /// through (c_w / c_o,b)^eta_oai, so each moved customer's Jevons rule still measures cost against its own tick-0
    /// cost of a task and keeps its unlock law; the dead cloud's segments are emptied.
    /// </summary>
    internal void MoveFrom(Cloud dead, double[] split)
    {
        var d = dead.Index;
        Move(ref _otherAi[d], split);
        Move(ref _captive[d], split);
    }

    private void Move(ref Segment from, double[] split)
    {
        var eta = _parameters.OtherAiElasticity;
        var weight = from.ReferenceCost > 0 ? Math.Pow(from.ReferenceCost, eta) : 1;
        _movedOut += (from.Tasks + from.Ceiling) * weight;
        for (var b = 0; b < split.Length; b++)
        {
            if (split[b] <= 0)
            {
                continue;
            }

            ref var to = ref _otherAi[b];
            var scale = from.ReferenceCost > 0 && to.ReferenceCost > 0 ? Math.Pow(from.ReferenceCost / to.ReferenceCost, eta) : 1;
            if (to.Ceiling <= 0)
            {
                // Every segment's offset is w ln(1/l0 - 1) (2.15); a receiver that had none takes the mover's.
                to.Offset = from.Offset;
            }

            to.Tasks += split[b] * from.Tasks * scale;
            to.Ceiling += split[b] * from.Ceiling * scale;
            _movedIn += split[b] * (from.Tasks + from.Ceiling) * scale * (to.ReferenceCost > 0 ? Math.Pow(to.ReferenceCost, eta) : 1);
        }

        from.Tasks = 0;
        from.Ceiling = 0;
    }

    /// <summary>
    /// The demand stage, after the customers' demand: tasks of each segment move toward the unlocked ceiling (from
    /// tick 1), and each cloud is asked for its captive and other-ai compute. <paramref name="adoption"/> is A(t) / A(t0),
    /// the customers' adopters now over those at tick 0 (docs/model.md (2.15a)).
    /// </summary>
    internal void Request(int tick, ComputeExchange exchange, TaskDemand tasks, double frontier, double adoption)
    {
        var p = tasks.Parameters;
        // docs/model.md (2.15a): the workloads' products reach the adopters the Bass diffusion brings, as a task
        // segment's customers do; without the switch, MODEL.md 8.4.2's segments grow by x_s alone. At rho = 1 the ratio is
        // used as it is, so the default's outputs are the same bits as before rho existed.
        var rho = _parameters.ReachExponent;
        var reach = !_parameters.FollowAdoption ? 1 : rho == 1 ? adoption : Math.Pow(adoption, rho);
        var lagged = _history.At(0) > 0 ? _history.At(tick - _lag) : frontier;
        // docs/model.md (2.12): tokens per task of other AI customers at the lagged frontier.
        _otherAiTau = TaskDemand.TokensPerTask(lagged, tasks.Frontier0, p.TokensExponent, p.MaxTokensPerTask);
        var otherIntensity = _efficiency.Relative(tick);
        _movedOut = 0;
        _movedIn = 0;
        for (var c = 0; c < _clouds.Count; c++)
        {
            var cloud = _clouds[c];
            // docs/model.md (2.14)
            _transferPrice[c] = UserCost(cloud, tick) / cloud.Parameters.TargetUtilisation;
            var background = cloud.Parameters.BackgroundDemand;
            var share = _captiveLab[c] >= 0 ? cloud.Parameters.CaptiveShare : 0;
            if (_captiveLab[c] >= 0)
            {
                var lab = _labs[_captiveLab[c]];
                var intensity = _efficiency.Intensity(lab, tick);
                var tau = tasks.Tau(lab.Index);
                Step(ref _captive[c], tasks, frontier, share * background / intensity, intensity * _transferPrice[c]);
                // docs/model.md (2.13): the captive segment's Jevons rule on its cost of a task at the transfer price.
                _captive[c].Requested = reach * Demand(_captive[c], intensity * _transferPrice[c] * tau, _parameters.CaptiveElasticity) * tau * intensity;
                exchange.RequestCaptive(c, _captive[c].Requested, _transferPrice[c]);
            }

            if (!_started)
            {
                _otherAiIntensity0 = otherIntensity;
            }

            Step(ref _otherAi[c], tasks, frontier, (1 - share) * background / _otherAiIntensity0, _otherAiIntensity0 * cloud.Price);
            // docs/model.md (2.12)
            _otherAi[c].Requested = reach * Demand(_otherAi[c], otherIntensity * cloud.Price * _otherAiTau, _parameters.OtherAiElasticity) * _otherAiTau * otherIntensity;
            exchange.RequestOtherAi(c, _otherAi[c].Requested);
            _parentBefore[c] = _outside.Parent(cloud.FirmId).Total;
        }

        _otherAiBefore = _outside.OtherAi!.Total;
        _started = true;
    }

    // tasks = x (c / c_ref)^-eta, million TU.
    private static double Demand(in Segment s, double cost, double eta) =>
        s.ReferenceCost > 0 && cost > 0 ? s.Tasks * Math.Pow(cost / s.ReferenceCost, -eta) : s.Tasks;

    // Tick 0: x(0) from the background's split, the reference cost of a task at tick-0 prices, and the ceiling and
    // offset that put tick-0 use where the customer segments' is on the unlock curve (2.15). Later ticks: (2.8).
    private void Step(ref Segment s, TaskDemand tasks, double frontier, double initialTasks, double referenceCost)
    {
        var p = tasks.Parameters;
        if (!_started)
        {
            s.Tasks = initialTasks;
            s.ReferenceCost = referenceCost;
            var l0 = tasks.InitialUse;
            if (l0 > 0 && l0 < 1 && initialTasks > 0)
            {
                // docs/model.md (2.15)
                s.Ceiling = initialTasks / (p.ShareInUse * l0);
                s.Offset = p.UnlockWidth * Math.Log((1 / l0) - 1);
            }

            return;
        }

        if (s.Ceiling > 0 && frontier > 0)
        {
            // docs/model.md (2.8)
            s.Tasks += p.Adjustment * ((s.Ceiling * TaskDemand.Unlocked(frontier, tasks.Frontier0, s.Offset, p.UnlockWidth)) - s.Tasks);
        }
    }

    // UC_c: the user cost of the user-cost price rule (last month's update; at tick 0 from today's new-CU cost), else
    // the fleet's book user cost (docs/model.md (2.14)).
    private double UserCost(Cloud cloud, int tick)
    {
        if (cloud.Pricing is not { } pricing)
        {
            return cloud.BookUserCost();
        }

        return pricing.UserCost > 0 ? pricing.UserCost : pricing.UserCostOf(_procurement.NewCapacityCost(cloud, tick), cloud.Parameters);
    }

    private struct Segment
    {
        public double Tasks;
        public double Ceiling;
        public double Offset;
        public double ReferenceCost;
        public double Requested;
    }
}
