using System.Globalization;
using System.Text;

namespace KconfigSharp.Benchmarks.Synthetic;

/// <summary>Which flags the synthetic project reads.</summary>
public enum SyntheticVariant
{
    /// <summary>Reads the generated <c>FeatureFlags</c> (20,000 reads).</summary>
    Flags,

    /// <summary>The same code over <c>PlainFlags</c>, a class with no Kconfig metadata.</summary>
    NoFlags,

    /// <summary>The CA1416 twin: the same shape guarded by <c>OperatingSystem.IsXxx()</c> (<see cref="PlatformGuardTwin"/>).</summary>
    PlatformGuards,
}

/// <summary>
/// Writes the synthetic project of issue 8 for the analyzer benchmarks: a Kconfig tree of
/// <see cref="SymbolCount"/> symbols (with <c>depends on</c>, <c>select</c> and <c>imply</c>, so the
/// generated <c>FeatureFlags</c> carries every metadata attribute) and <see cref="FileCount"/> C# files
/// with <see cref="FlagReadsPerFile"/> flag reads each (20,000 in all) in the guard shapes the analyzers
/// must understand: nested <c>if</c>, <c>&amp;&amp;</c>, <c>!X</c> + early return, <c>is false</c>,
/// conditional expressions, a local holding a condition, loops, calls to <c>[RequiresKconfig]</c>
/// members under a guard, a <c>[KconfigGuard]</c> helper. Each file also has
/// <see cref="PlainMethodsPerFile"/> methods that touch no flag (a loop with a switch, try/finally),
/// the ones the analyzers must not build a control-flow graph for.
/// <para>
/// The <see cref="SyntheticVariant.NoFlags"/> variant is the same code reading a plain static class without
/// Kconfig attributes: the compile work is the same, the analyzers have nothing to do, so its
/// analyzer time is the cost the analyzers put on code that does not use Kconfig.
/// </para>
/// </summary>
internal static class SyntheticProject
{
    public const string KconfigPath = "/synthetic/Kconfig";

    public const int FileCount = 2_000;
    public const int FlagReadsPerFile = 10;
    /// <summary>Configure, EarlyReturn, Describe, Accumulate and the guard property Both.</summary>
    public const int FlagMethodsPerFile = 5;

    /// <summary>UsesB (a <c>[RequiresKconfig]</c> member whose body reads no flag), Checksum, Next, Scaled.</summary>
    public const int PlainMethodsPerFile = 4;
    public const int SymbolCount = 200;

    /// <summary>The Kconfig file: groups of four symbols A, B (depends on A, selects D), C (implied by A), D.</summary>
    public static string Kconfig()
    {
        var builder = new StringBuilder("mainmenu \"Synthetic\"\n\n");
        for (var group = 0; group < SymbolCount / 4; group++)
        {
            var (a, b, c, d) = Group(group);
            builder.Append(CultureInfo.InvariantCulture, $"config {a}\n\tbool \"Feature {a}\"\n\tdefault {(group % 3 == 0 ? "n" : "y")}\n\timply {c}\n\n");
            builder.Append(CultureInfo.InvariantCulture, $"config {b}\n\tbool \"Feature {b}\"\n\tdefault y\n\tdepends on {a}\n\tselect {d}\n\n");
            builder.Append(CultureInfo.InvariantCulture, $"config {c}\n\tbool \"Feature {c}\"\n\n");
            builder.Append(CultureInfo.InvariantCulture, $"config {d}\n\tbool\n\n");
        }

        return builder.ToString();
    }

    /// <summary>The plain twin of the generated class (NoFlags variant): same names and values, no attributes.</summary>
    public static string PlainFlags()
    {
        var builder = new StringBuilder("namespace Synthetic;\n\ninternal static class PlainFlags\n{\n");
        for (var group = 0; group < SymbolCount / 4; group++)
        {
            var (a, b, c, d) = Group(group);
            var on = group % 3 == 0 ? "false" : "true";
            builder.Append(CultureInfo.InvariantCulture, $"    public const bool {a} = {on};\n    public const bool {b} = {on};\n    public const bool {c} = {on};\n    public const bool {d} = {on};\n");
        }

        return builder.Append("}\n").ToString();
    }

    /// <summary>The C# files, as (path, text).</summary>
    public static IEnumerable<(string Path, string Text)> Files(SyntheticVariant variant)
    {
        yield return ("Synthetic/PlainFlags.cs", PlainFlags());
        for (var i = 0; i < FileCount; i++)
        {
            yield return ($"Synthetic/Area{i / 100:D2}/Component{i:D4}.cs", variant == SyntheticVariant.PlatformGuards ? PlatformGuardTwin.File(i) : File(i, variant));
        }
    }

    /// <summary>The methods of every file that read no flag (shared with <see cref="PlatformGuardTwin"/>).</summary>
    public const string PlainMethods = """
            public int Checksum(int[] values)
            {
                var hash = 17;
                for (var i = 0; i < values.Length; i++)
                {
                    switch (values[i] % 3)
                    {
                        case 0:
                            hash = hash * 31 + values[i];
                            break;
                        default:
                            hash ^= values[i] << 3;
                            break;
                    }
                }

                return hash;
            }

            public int Next()
            {
                try
                {
                    return _state++;
                }
                finally
                {
                    _state %= 1000;
                }
            }

            public int Scaled(int factor) => factor < 0 ? -_state : _state * factor;
        """;

    private static (string A, string B, string C, string D) Group(int group) =>
        ($"F{group * 4:D4}", $"F{group * 4 + 1:D4}", $"F{group * 4 + 2:D4}", $"F{group * 4 + 3:D4}");

    private static string File(int index, SyntheticVariant variant)
    {
        var flags = variant == SyntheticVariant.Flags ? "FeatureFlags" : "PlainFlags";
        var (a, b, c, d) = Group(index % (SymbolCount / 4));
        var requires = variant == SyntheticVariant.Flags ? $"[KconfigSharp.RequiresKconfig(\"{b}\")]" : "// (no Kconfig requirement)";
        var guard = variant == SyntheticVariant.Flags ? $"[KconfigSharp.KconfigGuard(\"{a} && {b}\")]" : "// (no Kconfig guard)";

        // Ten reads of {flags}.X per file: Both 1, Configure 3, EarlyReturn 2, Describe 3, Accumulate 1.
        return $$"""
            namespace Synthetic.Area{{index / 100:D2}};

            internal sealed class Component{{index:D4}}
            {
                private int _state = {{index}};

                {{requires}}
                public int UsesB(int x) => x + _state;

                {{guard}}
                public static bool Both => {{flags}}.{{b}};

                public int Configure(int x)
                {
                    if ({{flags}}.{{a}})
                    {
                        x += {{flags}}.{{c}} ? 1 : 0;
                        if ({{flags}}.{{b}})
                        {
                            x = UsesB(x);
                        }
                    }

                    return x;
                }

                public int EarlyReturn(int x)
                {
                    if (!{{flags}}.{{a}})
                    {
                        return x;
                    }

                    return {{flags}}.{{c}} ? x * 2 : x;
                }

                public string Describe(int x)
                {
                    var enabled = {{flags}}.{{a}} && {{flags}}.{{b}};
                    if (enabled && Both)
                    {
                        return "on " + UsesB(x).ToString();
                    }

                    return {{flags}}.{{d}} is false ? "off" : "partial";
                }

                public int Accumulate(int[] items)
                {
                    var sum = 0;
                    foreach (var item in items)
                    {
                        if ({{flags}}.{{d}})
                        {
                            sum += item;
                        }
                    }

                    return sum;
                }

            {{PlainMethods}}
            }

            """;
    }

    /// <summary>
    /// Writes the project to <paramref name="folder"/> as a buildable csproj. KconfigSharp comes from the
    /// package <c>KconfigSharp</c> at <paramref name="packageVersion"/> when given (the MSBuild benchmark
    /// packs it to a local feed), otherwise from the generator and analyzer projects of
    /// <paramref name="repoRoot"/>. <c>-p:KconfigSharpAnalyzers=false</c> builds it without the package's
    /// analyzers (the generator stays: the code needs <c>FeatureFlags</c>). The
    /// <see cref="SyntheticVariant.PlatformGuards"/> twin uses no KconfigSharp at all.
    /// </summary>
    public static void WriteTo(string folder, string repoRoot, SyntheticVariant variant, string? packageVersion)
    {
        Directory.CreateDirectory(folder);
        foreach (var (path, text) in Files(variant))
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            System.IO.File.WriteAllText(full, text);
        }

        string kconfigSharp;
        if (variant == SyntheticVariant.PlatformGuards)
        {
            kconfigSharp = "<!-- The CA1416 twin: no KconfigSharp. -->";
        }
        else
        {
            System.IO.File.WriteAllText(Path.Combine(folder, "Kconfig"), Kconfig());
            kconfigSharp = packageVersion is not null ? $"""
                <ItemGroup>
                    <AdditionalFiles Include="Kconfig" />
                    <PackageReference Include="KconfigSharp" Version="{packageVersion}" PrivateAssets="all" />
                  </ItemGroup>
                """ : ProjectReferences(repoRoot);
        }

        System.IO.File.WriteAllText(Path.Combine(folder, "Synthetic.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Written by KconfigSharp.Benchmarks (write-synthetic, variant {variant}{(packageVersion is null ? string.Empty : ", package " + packageVersion)}); an XML comment cannot hold a double hyphen, hence no command line. -->
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <NoWarn>$(NoWarn);CS8519;CS8520</NoWarn>
              </PropertyGroup>
              {kconfigSharp}
              <!-- -p:KconfigSharpAnalyzers=false: the same build without KconfigSharp's analyzers and code fixes. -->
              <Target Name="DropKconfigSharpAnalyzers" BeforeTargets="CoreCompile" Condition="'$(KconfigSharpAnalyzers)' == 'false'">
                <ItemGroup>
                  <Analyzer Remove="@(Analyzer)" Condition="'%(Filename)' == 'KconfigSharp.Analyzers' or '%(Filename)' == 'KconfigSharp.CodeFixes'" />
                </ItemGroup>
              </Target>
            </Project>
            """);
    }

    private static string ProjectReferences(string repoRoot)
    {
        var generator = Path.Combine(repoRoot, "generator", "KconfigSharp.Generator", "KconfigSharp.Generator.csproj");
        var core = Path.Combine(repoRoot, "generator", "KconfigSharp.Kconfig", "KconfigSharp.Kconfig.csproj");
        var analyzers = Path.Combine(repoRoot, "analyzers", "KconfigSharp.Analyzers", "KconfigSharp.Analyzers.csproj");
        var buildTransitive = Path.Combine(repoRoot, "generator", "KconfigSharp.Generator", "buildTransitive", "KconfigSharp");
        return $"""
            <Import Project="{buildTransitive}.props" />
              <ItemGroup>
                <AdditionalFiles Include="Kconfig" />
                <ProjectReference Include="{generator}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{core}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{analyzers}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{buildTransitive}.targets" />
            """;
    }
}
