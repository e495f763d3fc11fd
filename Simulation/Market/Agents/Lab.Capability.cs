using MarketSim.Market.Parameters;

namespace MarketSim.Market.Agents;

// Capability: v1 cumulative compute and a random walk, v2 a depreciating knowledge stock and
// mean-reverting productivity with the open-weights cap (docs/model.md 3.3.5, 3.3.5b).
public sealed partial class Lab
{
    /// <summary>Capability times <paramref name="factor"/> (a breakthrough), through research productivity.</summary>
    internal void Breakthrough(double factor)
    {
        // Under v2 the jump is a permanent shift of the productivity path A_j(0) exp(g_A t + a).
        _productivity0 *= factor;
        ResearchProductivity *= factor;
        Capability *= factor;
    }

    private void UpdateCapability(double trainingServed, double frontierLagged)
    {
        TrainingCompute += trainingServed;
        var sigma = Parameters.ResearchVolatility;
        if (sigma > 0)
        {
            // Mean-preserving geometric random walk: E[A_t+1] = A_t.
            var z = MathNet.Numerics.Distributions.Normal.Sample(_random, 0, 1);
            // docs/model.md (5.7)
            ResearchProductivity *= Math.Exp((sigma * z) - (sigma * sigma / 2));
        }

        // K = A (C / C0)^alpha, with A anchored so K(0) is the scenario's capability.
        // docs/model.md (5.8)
        Capability = ResearchProductivity * Math.Pow(TrainingCompute / _computeAnchor, _market.CapabilityExponent);
        // docs/model.md (5.9)
        if (OpenWeights && frontierLagged > Capability)
        {
            Capability = frontierLagged;
        }
    }

    /// <summary>Caps an open-weights lab's capability at <paramref name="cap"/>, min(F(t - lag), F(t)) under v2.</summary>
    internal void CapCapability(double cap)
    {
        // docs/model.md (5.19)
        if (OpenWeights && cap > 0 && Capability > cap)
        {
            Capability = cap;
        }
    }

    private void UpdateKnowledge(double trainingServed, KnowledgeParameters knowledge)
    {
        var tick = Model.Steps;
        if (_knowledgeStart < 0)
        {
            _knowledgeStart = tick;
            // docs/model.md (5.15): the stock of a lab whose training grew at g_T0 before it.
            _knowledge0 = trainingServed > 0
                ? trainingServed / (knowledge.Depreciation + knowledge.TrainingGrowth)
                : TrainingCompute;
            KnowledgeStock = _knowledge0;
        }
        else
        {
            // docs/model.md (5.16)
            KnowledgeStock = ((1 - knowledge.Depreciation) * KnowledgeStock) + trainingServed;
            var z = MathNet.Numerics.Distributions.Normal.Sample(_random, 0, 1);
            // docs/model.md (5.17)
            _deviation = ((1 - knowledge.ProductivityReversion) * _deviation) + (knowledge.ProductivityVolatility * z);
        }

        TrainingCompute += trainingServed;
        // docs/model.md (5.18)
        ResearchProductivity = _productivity0 * Math.Exp((knowledge.ProductivityDrift * (tick - _knowledgeStart)) + _deviation);
        Capability = _knowledge0 > 0
            ? ResearchProductivity * Math.Pow(KnowledgeStock / _knowledge0, _market.CapabilityExponent)
            : ResearchProductivity;
    }
}
