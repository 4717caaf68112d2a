namespace KconfigSharp.Kconfig.Tests.Fidelity;

/// <summary>
/// Each case's <c>.config</c> equals the reference tool's, byte for byte: LKC 7.x for trees LKC 7.x
/// accepts, Kconfiglib for trees with legacy syntax (SPEC §8, docs/semantics.md).
/// </summary>
public sealed class FidelityCaseTests
{
    public static TheoryData<string, string> Cases() => FidelityCases.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Config_equals_the_reference_tools(string name, string mode)
    {
        var expected = File.ReadAllText(Path.Combine(FidelityCases.Folder(name), "expected_" + mode));

        Assert.Equal(expected, FidelityCases.Write(name, mode));
    }
}
