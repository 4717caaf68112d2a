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
}
else
{
    Console.WriteLine("Multi-process QEMU is not allowed on this host.");
}
