namespace MarketSim.Market;

// A dead cloud's own demand moves to live clouds (docs/model.md (16.16)-(16.18)): nothing of it is lost or made.
public static partial class InvariantChecker
{
    private static void CheckMovedDemand(MarketModel market, List<string> broken)
    {
        var anyDead = false;
        var anyLive = false;
        foreach (var cloud in market.Clouds)
        {
            anyDead |= !cloud.Alive;
            anyLive |= cloud.Alive;
        }

        if (!anyDead)
        {
            return;
        }

        if (market.Workloads is { } workloads)
        {
            var (moved, received) = workloads.MovedThisTick;
            Same(broken, "demand a dead cloud's workloads carried equals what the live clouds' other-ai segments received (16.17)", received, moved, 1 + moved);
            foreach (var cloud in market.Clouds)
            {
                var left = workloads.SegmentsLeft(cloud.Index);
                if (!cloud.Alive && anyLive && left != 0)
                {
                    broken.Add($"defaulted {cloud.FirmId} keeps no captive or other-ai demand while a live cloud can serve it: {left} million TU");
                }
            }
        }
        else if (market.Exchange.MovedBackground is { } homes && anyLive)
        {
            foreach (var origin in market.Clouds)
            {
                var live = 0.0;
                foreach (var server in market.Clouds)
                {
                    var share = homes.Share(origin.Index, server.Index);
                    if (server.Alive)
                    {
                        live += share;
                    }
                    else if (share != 0)
                    {
                        broken.Add($"background of {origin.FirmId} is not served by defaulted {server.FirmId}: share {share}");
                    }
                }

                Same(broken, $"background of {origin.FirmId} is served in full by live clouds (16.18)", live, 1, 1);
            }
        }
    }
}
