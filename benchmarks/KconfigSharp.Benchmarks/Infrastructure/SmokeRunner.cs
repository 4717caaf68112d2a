using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace KconfigSharp.Benchmarks.Infrastructure;

/// <summary>
/// <c>--smoke [substring]</c>: calls every [GlobalSetup], [Benchmark] (once) and [GlobalCleanup] of the
/// matching classes for every parameter value, in this process, without BenchmarkDotNet. It proves the
/// benchmarks run (corpus found, generator and analyzers load, no-op re-run proved) in seconds; the
/// times it prints are single cold calls, not measurements.
/// </summary>
internal static class SmokeRunner
{
    public static int Run(string? filter)
    {
        var failures = 0;
        var types = typeof(SmokeRunner).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .Where(t => filter is null || t.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        foreach (var type in types)
        {
            var parameter = type.GetProperties().FirstOrDefault(p => p.GetCustomAttribute<ParamsAttribute>() is not null);
            var values = parameter?.GetCustomAttribute<ParamsAttribute>()!.Values ?? [null];
            foreach (var value in values)
            {
                var instance = Activator.CreateInstance(type)!;
                parameter?.SetValue(instance, value);
                var label = $"{type.Name}{(parameter is null ? string.Empty : $" [{parameter.Name}={value}]")}";
                try
                {
                    Invoke<GlobalSetupAttribute>(instance);
                    foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
                    {
                        var stopwatch = Stopwatch.StartNew();
                        var result = method.Invoke(instance, null);
                        Console.WriteLine($"ok   {label}.{method.Name}: {stopwatch.Elapsed.TotalMilliseconds:N1} ms (single cold call) -> {Describe(result)}");
                    }

                    Invoke<GlobalCleanupAttribute>(instance);
                }
#pragma warning disable CA1031 // Report every failing class, not only the first.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    failures++;
                    var inner = exception is TargetInvocationException { InnerException: { } e } ? e : exception;
                    Console.WriteLine($"FAIL {label}: {inner.GetType().Name}: {inner.Message}");
                }
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static void Invoke<TAttribute>(object instance)
        where TAttribute : Attribute
    {
        foreach (var method in instance.GetType().GetMethods().Where(m => m.GetCustomAttribute<TAttribute>() is not null))
        {
            method.Invoke(instance, null);
        }
    }

    private static string Describe(object? result) => result switch
    {
        null => "null",
        KconfigSharp.Kconfig.Resolution.ResolvedConfiguration r => $"{r.Symbols.Count} symbols, {r.Diagnostics.Count} diagnostics",
        KconfigSharp.Kconfig.Model.KconfigModel m => $"{m.DefinedSymbols.Count} defined symbols, {m.Diagnostics.Count} diagnostics",
        _ => result.ToString() ?? string.Empty,
    };
}
