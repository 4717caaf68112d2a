using System.Diagnostics.Tracing;

namespace KconfigSharp.Benchmarks.Infrastructure;

/// <summary>
/// Which methods the JIT spent its time on (issue 13's cold first run: the time a fresh csc spends compiling the
/// generator's and the core's code before running it). The runtime reports <c>MethodJittingStarted</c> and, when
/// done, <c>MethodLoadVerbose</c> for each method it compiles; the gap between the two is that method's JIT time
/// (a method's own time: the JIT does not compile another method inside one). <c>--jit-top=N</c> prints the N
/// slowest with their tier, and the totals by assembly.
/// </summary>
internal sealed class JitTimes : EventListener
{
    private const EventKeywords JitKeyword = (EventKeywords)0x10;
    private readonly Dictionary<long, (DateTime Start, string Name)> _started = [];
    private readonly List<(string Name, string Tier, double Milliseconds)> _done = [];
    private readonly object _gate = new();
    private bool _enabled;

    public void Start() => _enabled = true;

    public void Stop() => _enabled = false;

    /// <summary>Prints the <paramref name="count"/> slowest methods and the totals per namespace prefix.</summary>
    public void Print(int count)
    {
        // Events arrive on the listener's thread a little after the fact.
        Thread.Sleep(1500);
        lock (_gate)
        {
            Console.WriteLine($"JIT, per method (events): {_done.Count} methods, {_done.Sum(d => d.Milliseconds):F0} ms");
            foreach (var group in _done.GroupBy(d => Owner(d.Name)).OrderByDescending(g => g.Sum(d => d.Milliseconds)).Take(8))
            {
                Console.WriteLine($"  {group.Key}: {group.Count()} methods, {group.Sum(d => d.Milliseconds):F1} ms");
            }

            foreach (var (name, tier, ms) in _done.OrderByDescending(d => d.Milliseconds).Take(count))
            {
                Console.WriteLine($"  {ms,7:F2} ms  {tier,-22} {name}");
            }
        }
    }

    private static string Owner(string name)
    {
        var dot = name.IndexOf('.', name.IndexOf('.') + 1);
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, JitKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_enabled || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        var names = eventData.PayloadNames;
        object? Field(string field) => names.IndexOf(field) is var i and >= 0 ? eventData.Payload[i] : null;
        if (eventData.EventName?.StartsWith("MethodJittingStarted", StringComparison.Ordinal) == true)
        {
            var id = Convert.ToInt64(Field("MethodID"));
            lock (_gate)
            {
                _started[id] = (eventData.TimeStamp, $"{Field("MethodNamespace")}.{Field("MethodName")}");
            }
        }
        else if (eventData.EventName?.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) == true)
        {
            var id = Convert.ToInt64(Field("MethodID"));
            lock (_gate)
            {
                if (_started.Remove(id, out var start))
                {
                    _done.Add((start.Name, Field("OptimizationTier")?.ToString() ?? "?", (eventData.TimeStamp - start.Start).TotalMilliseconds));
                }
            }
        }
    }
}
