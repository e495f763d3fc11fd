namespace MarketSim.Engine;

/// <summary>
/// Mesa's DataCollector, streaming: model reporters fill one row of the <c>model</c> table per
/// collected tick, and agent tables get one row per agent per collected tick. Rows go to the sinks
/// as they are collected, so memory does not grow with the number of ticks.
/// </summary>
/// <remarks>
/// Every row starts with <c>tick</c> and then the key columns given at construction (for example
/// <c>replication</c>), then the reporters' columns in the order they were added.
/// </remarks>
public sealed class DataCollector
{
    /// <summary>The name of the model-level table.</summary>
    public const string ModelTable = "model";

    private readonly List<(string Column, Func<DataValue> Report)> _modelReporters = [];
    private readonly List<IAgentTable> _agentTables = [];
    private readonly List<IDataSink> _sinks = [];
    private readonly (string Name, DataValue Value)[] _keys;
    private DataValue[] _row = [];
    private bool _started;

    /// <summary>Creates a collector that collects every <paramref name="period"/> ticks.</summary>
    public DataCollector(int period = 1, params (string Name, DataValue Value)[] keys)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        Period = period;
        _keys = keys ?? [];
    }

    /// <summary>Collect on ticks divisible by this (the last tick is collected by <see cref="CollectFinal"/>).</summary>
    public int Period { get; }

    /// <summary>Adds a model-level reporter column.</summary>
    public DataCollector AddModelReporter(string column, Func<DataValue> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        EnsureNotStarted();
        _modelReporters.Add((column, report));
        return this;
    }

    /// <summary>Adds a table with one row per agent of <paramref name="agents"/> (per-agent-type reporters).</summary>
    public DataCollector AddAgentTable<T>(string table, Func<IEnumerable<T>> agents, params (string Column, Func<T, DataValue> Report)[] reporters)
    {
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(reporters);
        EnsureNotStarted();
        _agentTables.Add(new AgentTable<T>(table, agents, reporters));
        return this;
    }

    /// <summary>The tables this collector writes, in declaration order.</summary>
    public IReadOnlyList<string> Tables =>
        [.. (_modelReporters.Count > 0 ? [ModelTable] : Array.Empty<string>()), .. _agentTables.ConvertAll(t => t.Name)];

    /// <summary>
    /// The header of table <paramref name="table"/> as sinks receive it: <c>tick</c>, the keys, then the
    /// reporters' columns. The one declaration of each table's columns is its reporters.
    /// </summary>
    public IReadOnlyList<string> ColumnsOf(string table)
    {
        var columns = table == ModelTable && _modelReporters.Count > 0
            ? _modelReporters.ConvertAll(r => r.Column)
            : _agentTables.Find(t => t.Name == table)?.Columns ?? throw new ArgumentException($"No table '{table}'.", nameof(table));
        return Header(columns);
    }

    /// <summary>Adds a destination for rows.</summary>
    public DataCollector AddSink(IDataSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        EnsureNotStarted();
        _sinks.Add(sink);
        return this;
    }

    /// <summary>Collects a row set for <paramref name="tick"/> if it falls on the period.</summary>
    public void Collect(int tick)
    {
        if (tick % Period == 0)
        {
            Write(tick);
        }
    }

    /// <summary>Collects <paramref name="tick"/> unless the period already did (so the last tick is always kept).</summary>
    public void CollectFinal(int tick)
    {
        if (tick % Period != 0)
        {
            Write(tick);
        }
    }

    /// <summary>Flushes every sink.</summary>
    public void Flush()
    {
        foreach (var sink in _sinks)
        {
            sink.Flush();
        }
    }

    private void Write(int tick)
    {
        Start();
        if (_modelReporters.Count > 0)
        {
            var span = FillKeys(tick);
            for (var i = 0; i < _modelReporters.Count; i++)
            {
                span[_keys.Length + 1 + i] = _modelReporters[i].Report();
            }

            Emit(ModelTable, span[..(_keys.Length + 1 + _modelReporters.Count)]);
        }

        foreach (var table in _agentTables)
        {
            table.Write(this, tick);
        }
    }

    private Span<DataValue> FillKeys(int tick)
    {
        var span = _row.AsSpan();
        span[0] = DataValue.Of((long)tick);
        for (var k = 0; k < _keys.Length; k++)
        {
            span[k + 1] = _keys[k].Value;
        }

        return span;
    }

    private void Emit(string table, ReadOnlySpan<DataValue> row)
    {
        foreach (var sink in _sinks)
        {
            sink.WriteRow(table, row);
        }
    }

    private void Start()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        var widest = _modelReporters.Count;
        foreach (var table in _agentTables)
        {
            widest = Math.Max(widest, table.Width);
        }

        _row = new DataValue[_keys.Length + 1 + widest];
        if (_modelReporters.Count > 0)
        {
            Declare(ModelTable, _modelReporters.ConvertAll(r => r.Column));
        }

        foreach (var table in _agentTables)
        {
            Declare(table.Name, table.Columns);
        }
    }

    private void Declare(string table, IEnumerable<string> columns)
    {
        var all = Header(columns);
        foreach (var sink in _sinks)
        {
            sink.BeginTable(table, all);
        }
    }

    private List<string> Header(IEnumerable<string> columns)
    {
        var all = new List<string> { "tick" };
        foreach (var (name, _) in _keys)
        {
            all.Add(name);
        }

        all.AddRange(columns);
        return all;
    }

    private void EnsureNotStarted()
    {
        if (_started)
        {
            throw new InvalidOperationException("Reporters and sinks must be added before the first collection.");
        }
    }

    private interface IAgentTable
    {
        string Name { get; }

        int Width { get; }

        IReadOnlyList<string> Columns { get; }

        void Write(DataCollector collector, int tick);
    }

    private sealed class AgentTable<T>(string name, Func<IEnumerable<T>> agents, (string Column, Func<T, DataValue> Report)[] reporters) : IAgentTable
    {
        public string Name => name;

        public int Width => reporters.Length;

        public IReadOnlyList<string> Columns { get; } = Array.ConvertAll(reporters, r => r.Column);

        public void Write(DataCollector collector, int tick)
        {
            foreach (var agent in agents())
            {
                var span = collector.FillKeys(tick);
                var offset = collector._keys.Length + 1;
                for (var i = 0; i < reporters.Length; i++)
                {
                    span[offset + i] = reporters[i].Report(agent);
                }

                collector.Emit(Name, span[..(offset + reporters.Length)]);
            }
        }
    }
}
