namespace MarketSim.Scenarios;

/// <content>The finance section: its maps name firms, and only a scenario with finance may start a cloud or vendor at negative cash.</content>
public static partial class ScenarioValidator
{
    /// <content>The finance section.</content>
    private sealed partial class Checks
    {
        private void Finance()
        {
            // Without finance there is no interest and no default, so a negative start would be free debt forever.
            if (scenario.Finance is null)
            {
                for (var i = 0; i < scenario.Clouds.Count; i++)
                    NoNegativeCash(scenario.Clouds[i].Cash, $"$.clouds[{I(i)}].cash");
                for (var i = 0; i < scenario.Vendors.Count; i++)
                    NoNegativeCash(scenario.Vendors[i].Cash, $"$.vendors[{I(i)}].cash");
                return;
            }

            foreach (var id in scenario.Finance.CoreEbitda.Keys)
                FirmKey(id, "$.finance.core_ebitda");
            foreach (var id in scenario.Finance.EbitdaTtm.Keys)
                FirmKey(id, "$.finance.ebitda_ttm");
        }

        private void NoNegativeCash(double cash, string path)
        {
            if (cash < 0)
                errors.Error(path, $"cash ({F(cash)}) may be negative (net debt) only when the scenario has a finance section, which charges interest on it");
        }

        private void FirmKey(string id, string path)
        {
            if (!_firmPaths.ContainsKey(id))
                errors.Error(path, $"no firm has id '{id}' (used as a key here); firm ids are: {List(_firmPaths.Keys)}");
        }
    }
}
