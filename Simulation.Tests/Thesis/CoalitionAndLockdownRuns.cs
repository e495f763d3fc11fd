using MarketSim.Market;

namespace MarketSim.Tests.Thesis;

/// <summary>
/// The same 1,000 replications of <c>horizontal-coalition</c> and <c>vertical-lockdown</c> (full 20,000 customers),
/// run once for the tests that compare them. Both scenarios extend the baseline and share its seed, so
/// replication r of one meets the same draws as replication r of the other (common random numbers): the tests
/// compare them pair by pair. Concentration is decided mostly by which lab wins the capability race; the
/// alliances move it by about a hundred HHI points (paired standard deviation about 0.05), so 200 pairs read the
/// difference at only about 2.7 standard errors and some seeds miss it; 1,000 read it at about 6.
/// </summary>
public sealed class CoalitionAndLockdownRuns
{
    /// <summary>Replications of each scenario.</summary>
    public const int Replications = 1000;

    /// <summary>The horizontal coalition's member labs.</summary>
    public static readonly string[] MemberLabs = ["meta", "deepseek", "mistral"];

    /// <summary>Runs both scenarios.</summary>
    public CoalitionAndLockdownRuns()
    {
        Horizontal = Run("horizontal-coalition");
        Vertical = Run("vertical-lockdown");
    }

    /// <summary>Per replication of <c>horizontal-coalition</c>.</summary>
    public IReadOnlyList<Observed> Horizontal { get; }

    /// <summary>Per replication of <c>vertical-lockdown</c>.</summary>
    public IReadOnlyList<Observed> Vertical { get; }

    private static Observed[] Run(string name) =>
        ThesisRuns.Run(ThesisRuns.Load(name), Replications, () => new Observed(), (m, o) => o.Observe(m));

    /// <summary>What one replication showed, summed over its ticks.</summary>
    public sealed class Observed
    {
        private double _hhiSum;
        private int _ticks;

        /// <summary>Customers who moved by choice from one member lab of the coalition to another.</summary>
        public double MemberSwitches { get; private set; }

        /// <summary>Customers who changed lab by choice.</summary>
        public double Switches { get; private set; }

        /// <summary>Mean over ticks of the HHI of lab shares of adopters.</summary>
        public double MeanHhi => _ticks > 0 ? _hhiSum / _ticks : double.NaN;

        internal void Observe(MarketModel market)
        {
            var members = MemberLabs.Select(id => market.LabById(id).Index).ToArray();
            foreach (var from in members)
            {
                foreach (var to in members)
                {
                    MemberSwitches += from == to ? 0 : market.Customers.SwitchesBetween(from, to);
                }
            }

            Switches += market.Customers.Switches;
            _hhiSum += market.Totals.Hhi;
            _ticks++;
        }
    }
}
