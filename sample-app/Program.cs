using KconfigSharp;
using SampleApp;

// Every flag the generator produced from Kconfig.host and config-host.mak.
Console.WriteLine($"{"Symbol",-26} {"Member",-24} {"Type",-6} Value");
Console.WriteLine(new string('-', 64));
foreach (KconfigSymbolInfo symbol in FeatureFlags.Symbols)
{
    Console.WriteLine($"{symbol.Name,-26} {symbol.MemberName,-24} {symbol.Type,-6} {symbol.Value}");
}

Console.WriteLine();

// MULTIPROCESS is implied by MULTIPROCESS_ALLOWED: imply is weak, so reading it is only
// meaningful where MULTIPROCESS_ALLOWED is known to be on. The guard satisfies KCONF001.
if (FeatureFlags.MultiprocessAllowed)
{
    Console.WriteLine($"Multi-process QEMU allowed; multi-process support enabled: {FeatureFlags.Multiprocess}");

    // KCONF002: StartRemoteDevice requires MULTIPROCESS_ALLOWED, which this guard establishes.
    MultiprocessDemo.StartRemoteDevice();
}
else
{
    Console.WriteLine("Multi-process QEMU is not allowed on this host.");
}

/// <summary>Code that only makes sense when QEMU may run devices in separate processes.</summary>
internal static class MultiprocessDemo
{
    /// <summary>Callers must establish MULTIPROCESS_ALLOWED (KCONF002); inside, it is known true.</summary>
    [RequiresKconfig("MULTIPROCESS_ALLOWED")]
    public static void StartRemoteDevice()
    {
        // No guard needed: [RequiresKconfig] makes MULTIPROCESS_ALLOWED a fact here, so reading the
        // implied MULTIPROCESS is fine (KCONF001).
        Console.WriteLine($"Remote device process would start now (multi-process: {FeatureFlags.Multiprocess}).");
    }
}
