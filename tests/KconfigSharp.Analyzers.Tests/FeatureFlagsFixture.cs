namespace KconfigSharp.Analyzers.Tests;

/// <summary>A FeatureFlags class shaped like the generator's output for the seed.</summary>
internal static class FeatureFlagsFixture
{
    public const string Source = """
        namespace SampleApp
        {
            internal static partial class FeatureFlags
            {
                [global::KconfigSharp.KconfigSymbol("MULTIPROCESS_ALLOWED", "Kconfig.host", 41)]
                public const bool MultiprocessAllowed = true;

                [global::KconfigSharp.KconfigSymbol("MULTIPROCESS")]
                [global::KconfigSharp.KconfigImpliedBy("MULTIPROCESS_ALLOWED")]
                public const bool Multiprocess = true;

                [global::KconfigSharp.KconfigSymbol("LINUX", "Kconfig.host", 5)]
                public const bool Linux = true;
            }
        }
        """;
}
