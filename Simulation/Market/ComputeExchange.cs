using MarketSim.Engine;
using MarketSim.Market.Agents;
using MarketSim.Market.Money;

namespace MarketSim.Market;

/// <summary>
/// Where compute changes hands (docs/model.md 3.3.6): collects labs' and hosting customers' requests,
/// serves each cloud's requests within capacity (committed and allied labs first, then captive workloads under
/// v2, the rest pro rata), moves the money, bills take-or-pay shortfalls, and counts open-weights hosting.
/// </summary>
/// <remarks>
/// Agents only state what they want (a lab's requests) and record what they got; priority, rationing
/// and every payment are decided here, so no agent asks the model anything mid-tick.
/// </remarks>
public sealed class ComputeExchange
{
    private readonly Ledger _ledger;
    private readonly OutsideAccounts _outside;
    private readonly AllianceBook _alliances;
    private readonly AgentSet<Lab> _labs;
    private readonly AgentSet<Cloud> _clouds;
    private readonly List<ComputeContract> _contracts = [];
    private readonly List<List<Request>> _requests = [];
    private readonly List<double> _hostingServedWU = [];
    private readonly List<double> _hostingRevenue = [];
    private double[,] _paidThisTick;
    private bool _workloads;
    private BackgroundHomes? _backgroundHomes;

    internal ComputeExchange(Ledger ledger, OutsideAccounts outside, AllianceBook alliances, AgentSet<Lab> labs, AgentSet<Cloud> clouds)
    {
        _ledger = ledger;
        _outside = outside;
        _alliances = alliances;
        _labs = labs;
        _clouds = clouds;
        for (var c = 0; c < clouds.Count; c++)
        {
            _requests.Add([]);
        }

        _paidThisTick = new double[0, clouds.Count];
    }

    private enum RequestKind
    {
        LabCompute,
        Hosting,
        Background,
        Captive,
        OtherAi,
    }

    /// <summary>Where each cloud's v1 background is served once a cloud has defaulted (docs/model.md (16.18)); null before.</summary>
    internal BackgroundHomes? MovedBackground => _backgroundHomes;

    /// <summary>Take-or-pay contracts.</summary>
    public IReadOnlyList<ComputeContract> Contracts => _contracts;

    /// <summary>WU of each lab's open-weights models served by clouds this tick, by lab index.</summary>
    public IReadOnlyList<double> HostingServed => _hostingServedWU;

    /// <summary>WU of <paramref name="lab"/>'s open-weights models served by clouds this tick.</summary>
    public double HostingServedWU(Lab lab) => _hostingServedWU[lab.Index];

    /// <summary>Open-weights hosting revenue of <paramref name="lab"/>'s models this tick (earned by clouds).</summary>
    public double HostingRevenueOf(Lab lab) => _hostingRevenue[lab.Index];

    /// <summary>
    /// What end customers asked the live clouds for this tick, open-weights hosting and other-ai requests at list, USD
    /// billion: their spend had every request been served (docs/model.md (10.1a)).
    /// </summary>
    public double CustomerRequestValue { get; private set; }

    /// <summary>Makes room for a lab (at construction or a lab-entry event).</summary>
    internal void AddLab()
    {
        _hostingServedWU.Add(0);
        _hostingRevenue.Add(0);
        var clouds = _clouds.Count;
        var paid = new double[_labs.Count, clouds];
        for (var l = 0; l < _paidThisTick.GetLength(0); l++)
        {
            for (var c = 0; c < clouds; c++)
            {
                paid[l, c] = _paidThisTick[l, c];
            }
        }

        _paidThisTick = paid;
    }

    /// <summary>v1 background served by cloud <paramref name="cloud"/> this tick, million CU: its segment size in (16.16).</summary>
    internal double BackgroundServed(int cloud) => _backgroundHomes?.Served(cloud) ?? _clouds[cloud].BackgroundDemand;

    /// <summary>The v1 background that defaulted cloud <paramref name="dead"/> served moves to the live clouds by <paramref name="split"/> (16.18).</summary>
    internal void MoveBackground(Cloud dead, int tick, double[] split) => (_backgroundHomes ??= new BackgroundHomes(_clouds)).Move(dead, tick, split);

    /// <summary>
    /// Payments still due to <paramref name="cloud"/> on signed contracts with live labs after month
    /// <paramref name="tick"/>, USD billion: its contracted backlog.
    /// </summary>
    public double RemainingPayments(Cloud cloud, int tick)
    {
        var due = 0.0;
        foreach (var contract in _contracts)
        {
            if (!ReferenceEquals(contract.Cloud, cloud) || !contract.Lab.Alive)
            {
                continue;
            }

            var months = contract.EndTick - Math.Max(tick + 1, contract.StartTick);
            if (months > 0)
            {
                due += contract.Monthly * months;
            }
        }

        return due;
    }

    /// <summary>Adds a take-or-pay contract.</summary>
    internal void AddContract(ComputeContract contract) => _contracts.Add(contract);

    /// <summary>m_jc: CU at each cloud that <paramref name="lab"/>'s take-or-pay minimums at <paramref name="tick"/> buy at today's prices (docs/model.md (5.20)).</summary>
    internal void MinimumsOf(Lab lab, int tick, double[] into)
    {
        Array.Clear(into);
        foreach (var contract in _contracts)
        {
            if (contract.Lab == lab && contract.ActiveAt(tick) && contract.Cloud.Price > 0)
            {
                into[contract.Cloud.Index] += contract.Monthly / contract.Cloud.Price;
            }
        }
    }

    /// <summary>Clears the tick's requests and tallies.</summary>
    internal void BeginTick()
    {
        foreach (var requests in _requests)
        {
            requests.Clear();
        }

        Array.Clear(_paidThisTick);
        CustomerRequestValue = 0;
        for (var l = 0; l < _hostingServedWU.Count; l++)
        {
            _hostingServedWU[l] = 0;
            _hostingRevenue[l] = 0;
        }
    }

    /// <summary>v2 workloads: captive and other-ai requests replace each cloud's background from now on.</summary>
    internal void UseWorkloads() => _workloads = true;

    /// <summary>The parent of cloud <paramref name="cloud"/> asks for <paramref name="amount"/> million CU for its captive products, at <paramref name="transferPrice"/> per CU.</summary>
    internal void RequestCaptive(int cloud, double amount, double transferPrice) =>
        _requests[cloud].Add(new Request(null, amount, false, RequestKind.Captive, 0, transferPrice));

    /// <summary>Other AI customers homed on cloud <paramref name="cloud"/> ask for <paramref name="amount"/> million CU at list.</summary>
    internal void RequestOtherAi(int cloud, double amount) =>
        _requests[cloud].Add(new Request(null, amount, false, RequestKind.OtherAi, 0, 0));

    /// <summary>Customers of open-weights lab <paramref name="lab"/> on home cloud <paramref name="cloud"/> ask for <paramref name="amount"/> million CU of hosting.</summary>
    internal void RequestHosting(Lab lab, int cloud, double amount, double intensity) =>
        _requests[cloud].Add(new Request(lab, amount, false, RequestKind.Hosting, intensity, 0));

    /// <summary>
    /// The lab-orders stage for <paramref name="lab"/>: under v2 allocation the take-or-pay minimums come first
    /// (<see cref="MinimumsOf"/>, into the scratch <paramref name="minimums"/>); the lab places its orders and the
    /// exchange collects them.
    /// </summary>
    internal void TakeOrders(Lab lab, double intensity, int tick, bool allocation, double[] minimums)
    {
        if (allocation)
        {
            MinimumsOf(lab, tick, minimums);
        }

        lab.PlaceOrders(intensity, minimums);
        CollectOrders(lab, tick);
    }

    /// <summary>Collects the requests <paramref name="lab"/> has just placed, with their priority at each cloud.</summary>
    internal void CollectOrders(Lab lab, int tick)
    {
        for (var c = 0; c < _clouds.Count; c++)
        {
            if (lab.TryGetRequest(c, out var amount))
            {
                _requests[c].Add(new Request(lab, amount, HasPriority(lab, _clouds[c], tick), RequestKind.LabCompute, 0, 0));
            }
        }
    }

    /// <summary>
    /// The serve stage for <paramref name="cloud"/>: background demand grows (v1), requests are served within
    /// capacity (priority first, then captive workloads, the rest pro rata) and billed, then take-or-pay shortfalls are billed.
    /// </summary>
    internal void Serve(Cloud cloud, int tick)
    {
        if (!cloud.Alive)
        {
            // A defaulted cloud serves nothing (docs/model.md 3.3.16); labs no longer ask it.
            return;
        }

        var requests = _requests[cloud.Index];
        if (!_workloads)
        {
            cloud.AdvanceBackground(tick);
            // A dead cloud's background is served by the live clouds it moved to (docs/model.md (16.18)).
            var background = _backgroundHomes?.Demand(cloud.Index, tick) ?? cloud.BackgroundDemand;
            requests.Add(new Request(null, background, false, RequestKind.Background, 0, 0));
        }

        var priority = 0.0;
        var captive = 0.0;
        var rest = 0.0;
        foreach (var r in requests)
        {
            if (r.Priority)
            {
                priority += r.Amount;
            }
            else if (r.Kind == RequestKind.Captive)
            {
                captive += r.Amount;
            }
            else
            {
                rest += r.Amount;
            }
        }

        // Priority requests are served first, then the parent's captive products, the rest share what is left pro rata.
        cloud.BeginServing(priority + captive + rest);
        var capacity = cloud.Capacity;
        // docs/model.md (6.2), (6.3), (2.16)
        var priorityFraction = priority <= capacity ? 1 : capacity / priority;
        var left = Math.Max(0, capacity - (priority * priorityFraction));
        var captiveFraction = captive <= left ? 1 : left / captive;
        left = Math.Max(0, left - (captive * captiveFraction));
        var restFraction = rest <= left ? 1 : left / rest;
        foreach (var (lab, amount, isPriority, kind, intensity, price) in requests)
        {
            var fraction = isPriority ? priorityFraction : kind == RequestKind.Captive ? captiveFraction : restFraction;
            var served = amount * fraction;
            cloud.RecordServed(served);
            var bill = served * cloud.Price;
            switch (kind)
            {
                case RequestKind.LabCompute:
                    // The lab spends compute credits on this cloud first.
                    var paid = lab!.ReceiveCompute(cloud.Index, fraction, cloud.Price, out var inference);
                    _ledger.Transfer(lab.Account, cloud.Account, paid, FlowKind.Compute, CreditsOrigin(cloud));
                    lab.PaidCompute(paid, inference);
                    cloud.EarnCompute(paid);
                    _paidThisTick[lab.Index, cloud.Index] += paid;
                    break;
                case RequestKind.Hosting:
                    CustomerRequestValue += amount * cloud.Price;
                    _ledger.Transfer(_outside.Customers, cloud.Account, bill, FlowKind.Hosting);
                    _hostingServedWU[lab!.Index] += intensity > 0 ? served / intensity : 0;
                    _hostingRevenue[lab.Index] += bill;
                    cloud.EarnHosting(bill);
                    break;
                case RequestKind.Captive:
                    // docs/model.md (2.14): the parent pays the transfer price, cost with no margin.
                    var internalBill = served * price;
                    _ledger.Transfer(_outside.Parent(cloud.FirmId), cloud.Account, internalBill, FlowKind.InternalCompute);
                    cloud.EarnCaptive(internalBill, served);
                    break;
                case RequestKind.OtherAi:
                    CustomerRequestValue += amount * cloud.Price;
                    _ledger.Transfer(_outside.OtherAi!, cloud.Account, bill, FlowKind.Hosting);
                    cloud.EarnOtherAi(bill);
                    break;
                default:
                    _ledger.Transfer(_outside.Background, cloud.Account, bill, FlowKind.BackgroundCompute);
                    cloud.EarnBackground(bill);
                    break;
            }
        }

        TakeOrPay(cloud, tick);
    }

    // docs/model.md (6.4): a committed lab pays at least its contracts' monthly amount, scaled by what it was served.
    private void TakeOrPay(Cloud cloud, int tick)
    {
        foreach (var lab in _labs)
        {
            if (!lab.Alive)
            {
                continue;
            }

            var minimum = 0.0;
            foreach (var contract in _contracts)
            {
                if (contract.Lab == lab && contract.Cloud == cloud && contract.ActiveAt(tick))
                {
                    minimum += contract.Monthly;
                }
            }

            // A cloud that rationed the committed lab cannot bill it for the capacity it did not deliver.
            var shortfall = (minimum * lab.ServedFraction(cloud.Index)) - _paidThisTick[lab.Index, cloud.Index];
            if (shortfall > 1e-12)
            {
                _ledger.Transfer(lab.Account, cloud.Account, shortfall, FlowKind.Compute, CreditsOrigin(cloud));
                lab.PaidCompute(shortfall, 0);
                cloud.EarnCompute(shortfall);
            }
        }
    }

    // Committed (take-or-pay) and vertically allied labs are served first.
    private bool HasPriority(Lab lab, Cloud cloud, int tick)
    {
        foreach (var contract in _contracts)
        {
            if (contract.Lab == lab && contract.Cloud == cloud && contract.ActiveAt(tick))
            {
                return true;
            }
        }

        return _alliances.VerticalPartners(lab, cloud, tick);
    }

    private int CreditsOrigin(Cloud cloud) => _ledger.Origin(OriginNames.Credits(cloud.FirmId));

    // Intensity: CU per WU of a hosting request; Price: the transfer price per CU of a captive request.
    private readonly record struct Request(Lab? Lab, double Amount, bool Priority, RequestKind Kind, double Intensity, double Price);
}
