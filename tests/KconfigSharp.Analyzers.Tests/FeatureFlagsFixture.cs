using KconfigSharp.Kconfig.Writers.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>How the fixture's flags are declared: the analysis must give the same answer for each.</summary>
public enum FlagMode
{
    /// <summary><c>const</c> flags that are all on.</summary>
    ConstOn,

    /// <summary><c>const</c> flags that are all off (branches the compiler knows are dead).</summary>
    ConstOff,

    /// <summary><c>static readonly</c> flags.</summary>
    Readonly,

    /// <summary>
    /// Const-on flags whose metadata is the class's <c>[KconfigTable]</c> (the generator's big-tree form),
    /// not attributes on the members.
    /// </summary>
    Table,
}

/// <summary>A FeatureFlags class shaped like the generator's output, with the relations the rules use.</summary>
internal static class FeatureFlagsFixture
{
    /// <summary>The seed's shape in const-on mode.</summary>
    public static string Source => For(FlagMode.ConstOn);

    /// <summary>
    /// MULTIPROCESS is implied by MULTIPROCESS_ALLOWED; VFIO_USER_SERVER is implied by
    /// VFIO_USER_SERVER_ALLOWED and depends on MULTIPROCESS; FUZZ selects SPARSE_MEM and
    /// MULTIPROCESS_ALLOWED; MP_SERVER depends on MULTIPROCESS_ALLOWED; VHOST_USER is implied by LINUX if
    /// VHOST; KVM is a tristate that implies KVM_ACCEL; SCHED_FAIR and SCHED_RT are members of the bool
    /// choice SCHED. For the weakest guard KCONF001 names: NET depends on LINUX, NET_IPV6 depends on NET
    /// and selects CRYPTO; NET_IPV6 implies IPV6_EXTRA if NET, IPV6_CHAIN if NET &amp;&amp; LINUX, IPV6_CRYPTO if
    /// CRYPTO, IPV6_DEBUG if NET &amp;&amp; VHOST; SCHED_RT implies RT_TRACE if !SCHED_FAIR; MULTIPROCESS_ALLOWED
    /// implies MP_EXTRA if MULTIPROCESS (itself only implied).
    /// </summary>
    public static string For(FlagMode mode)
    {
        if (mode == FlagMode.Table)
        {
            return AsTable(For(FlagMode.ConstOn));
        }

        var value = mode == FlagMode.ConstOff ? "false" : "true";
        var tristate = mode == FlagMode.ConstOff ? "No" : "Yes";
        var kind = mode == FlagMode.Readonly ? "static readonly" : "const";
        return $$"""
            namespace SampleApp
            {
                internal static partial class FeatureFlags
                {
                    [global::KconfigSharp.KconfigSymbol("MULTIPROCESS_ALLOWED", "Kconfig.host", 41)]
                    [global::KconfigSharp.KconfigSelectedBy("FUZZ")]
                    public {{kind}} bool MultiprocessAllowed = {{value}};

                    [global::KconfigSharp.KconfigSymbol("MULTIPROCESS")]
                    [global::KconfigSharp.KconfigImpliedBy("MULTIPROCESS_ALLOWED")]
                    public {{kind}} bool Multiprocess = {{value}};

                    [global::KconfigSharp.KconfigSymbol("VFIO_USER_SERVER_ALLOWED", "Kconfig.host", 44)]
                    public {{kind}} bool VfioUserServerAllowed = {{value}};

                    [global::KconfigSharp.KconfigSymbol("VFIO_USER_SERVER")]
                    [global::KconfigSharp.KconfigDependsOn("MULTIPROCESS")]
                    [global::KconfigSharp.KconfigImpliedBy("VFIO_USER_SERVER_ALLOWED")]
                    public {{kind}} bool VfioUserServer = {{value}};

                    [global::KconfigSharp.KconfigSymbol("FUZZ", "Kconfig.host", 20)]
                    public {{kind}} bool Fuzz = {{value}};

                    [global::KconfigSharp.KconfigSymbol("SPARSE_MEM")]
                    [global::KconfigSharp.KconfigSelectedBy("FUZZ")]
                    public {{kind}} bool SparseMem = {{value}};

                    [global::KconfigSharp.KconfigSymbol("MP_SERVER", "Kconfig.host", 50)]
                    [global::KconfigSharp.KconfigDependsOn("MULTIPROCESS_ALLOWED && LINUX")]
                    public {{kind}} bool MpServer = {{value}};

                    [global::KconfigSharp.KconfigSymbol("LINUX", "Kconfig.host", 5)]
                    public {{kind}} bool Linux = {{value}};

                    [global::KconfigSharp.KconfigSymbol("VHOST", "Kconfig.host", 7)]
                    public {{kind}} bool Vhost = {{value}};

                    [global::KconfigSharp.KconfigSymbol("VHOST_USER")]
                    [global::KconfigSharp.KconfigImpliedBy("LINUX", "VHOST")]
                    public {{kind}} bool VhostUser = {{value}};

                    [global::KconfigSharp.KconfigSymbol("KVM", "Kconfig.host", 9)]
                    public {{kind}} global::KconfigSharp.Tristate Kvm = global::KconfigSharp.Tristate.{{tristate}};

                    [global::KconfigSharp.KconfigSymbol("SCHED_FAIR", "Kconfig", 60)]
                    [global::KconfigSharp.KconfigChoice("SCHED")]
                    public {{kind}} bool SchedFair = {{value}};

                    [global::KconfigSharp.KconfigSymbol("SCHED_RT", "Kconfig", 63)]
                    [global::KconfigSharp.KconfigChoice("SCHED")]
                    public {{kind}} bool SchedRt = {{value}};

                    [global::KconfigSharp.KconfigSymbol("KVM_ACCEL")]
                    [global::KconfigSharp.KconfigImpliedBy("KVM")]
                    public {{kind}} bool KvmAccel = {{value}};

                    [global::KconfigSharp.KconfigSymbol("NET")]
                    [global::KconfigSharp.KconfigDependsOn("LINUX")]
                    public {{kind}} bool Net = {{value}};

                    [global::KconfigSharp.KconfigSymbol("NET_IPV6")]
                    [global::KconfigSharp.KconfigDependsOn("NET")]
                    public {{kind}} bool NetIpv6 = {{value}};

                    [global::KconfigSharp.KconfigSymbol("CRYPTO")]
                    [global::KconfigSharp.KconfigSelectedBy("NET_IPV6")]
                    public {{kind}} bool Crypto = {{value}};

                    [global::KconfigSharp.KconfigSymbol("IPV6_EXTRA")]
                    [global::KconfigSharp.KconfigImpliedBy("NET_IPV6", "NET")]
                    public {{kind}} bool Ipv6Extra = {{value}};

                    [global::KconfigSharp.KconfigSymbol("IPV6_CHAIN")]
                    [global::KconfigSharp.KconfigImpliedBy("NET_IPV6", "NET && LINUX")]
                    public {{kind}} bool Ipv6Chain = {{value}};

                    [global::KconfigSharp.KconfigSymbol("IPV6_CRYPTO")]
                    [global::KconfigSharp.KconfigImpliedBy("NET_IPV6", "CRYPTO")]
                    public {{kind}} bool Ipv6Crypto = {{value}};

                    [global::KconfigSharp.KconfigSymbol("IPV6_DEBUG")]
                    [global::KconfigSharp.KconfigImpliedBy("NET_IPV6", "NET && VHOST")]
                    public {{kind}} bool Ipv6Debug = {{value}};

                    [global::KconfigSharp.KconfigSymbol("RT_TRACE")]
                    [global::KconfigSharp.KconfigImpliedBy("SCHED_RT", "!SCHED_FAIR")]
                    public {{kind}} bool RtTrace = {{value}};

                    [global::KconfigSharp.KconfigSymbol("MP_EXTRA")]
                    [global::KconfigSharp.KconfigImpliedBy("MULTIPROCESS_ALLOWED", "MULTIPROCESS")]
                    public {{kind}} bool MpExtra = {{value}};
                }
            }
            """;
    }

    /// <summary>The same class with each member's metadata attributes moved into one <c>[KconfigTable]</c> (core's <see cref="FlagMetadataTable"/>).</summary>
    private static string AsTable(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var fields = root.DescendantNodes().OfType<FieldDeclarationSyntax>().ToList();
        var rows = new List<FlagMetadataTable.Row>();
        foreach (var field in fields)
        {
            var attributes = field.AttributeLists.SelectMany(l => l.Attributes)
                .Select(a => (Name: a.Name.ToString().Replace("global::KconfigSharp.", string.Empty, StringComparison.Ordinal),
                    Arguments: a.ArgumentList!.Arguments.Select(x => ((LiteralExpressionSyntax)x.Expression).Token.Value as string).ToList()))
                .ToList();
            List<FlagMetadataTable.Relation> Relations(string kind) =>
                attributes.Where(a => a.Name == kind).Select(a => new FlagMetadataTable.Relation(a.Arguments[0]!, a.Arguments.Count > 1 ? a.Arguments[1] : null)).ToList();
            rows.Add(new FlagMetadataTable.Row(
                attributes.Single(a => a.Name == "KconfigSymbol").Arguments[0]!,
                field.Declaration.Variables.Single().Identifier.Text,
                attributes.SingleOrDefault(a => a.Name == "KconfigDependsOn").Arguments?[0],
                attributes.SingleOrDefault(a => a.Name == "KconfigChoice").Arguments?[0],
                Relations("KconfigSelectedBy"),
                Relations("KconfigImpliedBy")));
        }

        var table = FlagMetadataTable.Write(rows, pascalCaseNames: true);
        var stripped = root.ReplaceNodes(fields, (field, _) => field.WithAttributeLists(default)).ToFullString();
        const string Class = "internal static partial class FeatureFlags";
        return stripped.Replace(Class, "[global::KconfigSharp.KconfigTable(" + SymbolDisplay.FormatLiteral(table, quote: true) + ")]\n" + Class, StringComparison.Ordinal);
    }
}
