namespace KconfigSharp.Benchmarks.Synthetic;

/// <summary>
/// The CA1416 twin of <see cref="SyntheticProject"/> (issue 13's yardstick): the same files, methods and
/// statement shapes, with each of the 20,000 flag reads replaced by an <c>OperatingSystem.IsXxx()</c>
/// guard call, <c>[RequiresKconfig]</c> by <c>[SupportedOSPlatform]</c> and <c>[KconfigGuard]</c> by
/// <c>[SupportedOSPlatformGuard]</c>. The guards are consistent, so CA1416 reports nothing: what it
/// costs is its guard analysis, which is what KconfigSharp's guard analysis is compared with.
/// </summary>
internal static class PlatformGuardTwin
{
    // Flag A → Windows, B (depends on A) → Windows 10, C → Linux, D → macOS.
    private const string A = "global::System.OperatingSystem.IsWindows()";
    private const string B = "global::System.OperatingSystem.IsWindowsVersionAtLeast(10)";
    private const string C = "global::System.OperatingSystem.IsLinux()";
    private const string D = "global::System.OperatingSystem.IsMacOS()";

    public static string File(int index) => $$"""
        namespace Synthetic.Area{{index / 100:D2}};

        internal sealed class Component{{index:D4}}
        {
            private int _state = {{index}};

            [global::System.Runtime.Versioning.SupportedOSPlatform("windows10.0")]
            public int UsesB(int x) => x + _state;

            [global::System.Runtime.Versioning.SupportedOSPlatformGuard("windows10.0")]
            public static bool Both => {{B}};

            public int Configure(int x)
            {
                if ({{A}})
                {
                    x += {{C}} ? 1 : 0;
                    if ({{B}})
                    {
                        x = UsesB(x);
                    }
                }

                return x;
            }

            public int EarlyReturn(int x)
            {
                if (!{{A}})
                {
                    return x;
                }

                return {{C}} ? x * 2 : x;
            }

            public string Describe(int x)
            {
                var enabled = {{A}} && {{B}};
                if (enabled && Both)
                {
                    return "on " + UsesB(x).ToString();
                }

                return {{D}} is false ? "off" : "partial";
            }

            public int Accumulate(int[] items)
            {
                var sum = 0;
                foreach (var item in items)
                {
                    if ({{D}})
                    {
                        sum += item;
                    }
                }

                return sum;
            }

        {{SyntheticProject.PlainMethods}}
        }

        """;
}
