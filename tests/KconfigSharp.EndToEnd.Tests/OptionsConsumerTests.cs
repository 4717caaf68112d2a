using Xunit.Abstractions;

namespace KconfigSharp.EndToEnd.Tests;

/// <summary>
/// The MSBuild options as a user sets them (issue 18), in as few builds as possible: a library with
/// public, readonly, verbatim flags, brief docs, a tristate and a <c>.globalconfig</c> severity,
/// consumed by an app in another assembly; and a project with a bad option value.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class OptionsConsumerTests(PackedFeedFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private const string Kconfig = """
        config NET
        	bool "Networking"
        	default y

        config NET_DIAG
        	tristate "Network diagnostics"
        	depends on NET
        	default m

        config MODULES
        	bool "Modules"
        	default y
        	modules

        config LOG_LEVEL
        	int "Log level"
        	range 0 7
        	default 3
        	depends on NOT_DEFINED_HERE

        """;

    private IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = fixture.PackagesFolder,
    };

    [DotnetFact]
    public void Public_readonly_verbatim_flags_with_a_tristate_are_usable_from_another_assembly_and_globalconfig_sets_KCONF1xx_severity()
    {
        var root = fixture.NewConsumerFolder("options");
        var library = Path.Combine(root, "Lib");
        Directory.CreateDirectory(library);
        File.WriteAllText(Path.Combine(library, "Kconfig"), Kconfig);
        File.WriteAllText(Path.Combine(library, "Lib.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Lib</RootNamespace>
                <Nullable>enable</Nullable>
                <KconfigVisibility>public</KconfigVisibility>
                <KconfigConstants>readonly</KconfigConstants>
                <KconfigMemberNames>verbatim</KconfigMemberNames>
                <KconfigDocs>brief</KconfigDocs>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KconfigSharp" Version="{fixture.Version}" PrivateAssets="all" />
                <AdditionalFiles Include="Kconfig" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(library, "Marker.cs"), "namespace Lib;\n\n/// <summary>Marks the library.</summary>\npublic static class Marker\n{\n}\n");
        // As README says: KCONF110 (an undefined symbol, located in the Kconfig file) follows a .globalconfig.
        File.WriteAllText(Path.Combine(library, ".globalconfig"), "is_global = true\ndotnet_diagnostic.KCONF110.severity = none\n");

        var app = Path.Combine(root, "App");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Lib/Lib.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using KconfigSharp;

            Tristate diag = Lib.FeatureFlags.NET_DIAG;
            System.Console.WriteLine($"{diag} {Lib.FeatureFlags.NET} {Lib.FeatureFlags.LOG_LEVEL} {Lib.FeatureFlags.Symbols.Count}");
            """);

        var build = Build(app);
        Assert.True(build.ExitCode == 0, $"the two-assembly consumer did not build\n{build}");
        Assert.DoesNotContain("KCONF110", build.Stdout);
        var run = Dotnet.Run(Dotnet.HostPath!, [Path.Combine(app, "bin", "Debug", "net10.0", "App.dll")], app, ConsumerEnvironment, Timeout);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^Module True 0 \d+$", run.Stdout.Trim());
    }

    [DotnetFact]
    public void A_bad_option_value_is_one_KCONF201_at_the_project_file()
    {
        var project = fixture.NewConsumerFolder("bad-option");
        File.WriteAllText(Path.Combine(project, "Kconfig"), Kconfig);
        File.WriteAllText(Path.Combine(project, "Bad.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <KconfigDialect>foo</KconfigDialect>
                <KconfigDefines>LOG_LEVEL=99</KconfigDefines>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KconfigSharp" Version="{fixture.Version}" PrivateAssets="all" />
                <AdditionalFiles Include="Kconfig" />
              </ItemGroup>
            </Project>
            """);

        var build = Build(project);
        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"Bad\.csproj\(1,1\): error KCONF201: KconfigDialect 'foo' is not valid", build.Stdout);
        Assert.DoesNotContain("CSC : error KCONF", build.Stdout);
        Assert.DoesNotMatch("warning KCONF", build.Stdout);
    }

    private ProcessResult Build(string folder)
    {
        var build = Dotnet.Run(Dotnet.HostPath!, ["build", "--disable-build-servers", "-nodeReuse:false", "-v:minimal"], folder, ConsumerEnvironment, Timeout);
        output.WriteLine(build.ToString());
        return build;
    }
}
