using KconfigSharp.Tests;

namespace KconfigSharp.Cli.Tests;

/// <summary>
/// minikconf fidelity: each run in <c>shared/corpus/qemu-expected</c> replayed with
/// <c>kconfig resolve --dialect qemu --format mak</c> prints minikconf's output byte for byte, and
/// every other target's <c>default.mak</c> resolves without errors.
/// </summary>
public sealed class QemuExpectedTests
{
    public static TheoryData<string> Runs()
    {
        var data = new TheoryData<string>();
        var folder = SharedData.PathOf("corpus", "qemu-expected");
        if (Directory.Exists(folder))
        {
            foreach (var run in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(run));
            }
        }
        else
        {
            data.Add("(absent)");
        }

        return data;
    }

    public static TheoryData<string> Targets()
    {
        var data = new TheoryData<string>();
        var folder = SharedData.PathOf("corpus", "qemu", "configs", "devices");
        if (Directory.Exists(folder))
        {
            foreach (var target in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(target));
            }
        }
        else
        {
            data.Add("(absent)");
        }

        return data;
    }

    [SharedDataTheory]
    [MemberData(nameof(Runs))]
    public async Task Resolve_with_format_mak_prints_minikconf_output_byte_for_byte(string run)
    {
        var folder = SharedData.PathOf("corpus", "qemu-expected", run);
        var lines = await File.ReadAllLinesAsync(Path.Combine(folder, "inputs.txt"));
        var mode = lines.Single(l => l.StartsWith("mode:", StringComparison.Ordinal))["mode:".Length..].Trim().TrimStart('-');
        var order = lines[Array.FindIndex(lines, l => l.StartsWith("argument order", StringComparison.Ordinal)) + 1]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var expected = await File.ReadAllTextAsync(Path.Combine(folder, "expected.mak"));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync(MinikconfArguments(mode, order));

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(expected, stdout);
    }

    [SharedDataTheory]
    [MemberData(nameof(Targets))]
    public async Task Every_target_default_mak_resolves_without_errors(string target)
    {
        string[] defines =
        [
            "CONFIG_TPM=y", "CONFIG_PIXMAN=y", "CONFIG_SPICE=y", "CONFIG_IVSHMEM=y", "CONFIG_OPENGL=y", "CONFIG_GNUTLS=y",
            "CONFIG_X11=y", "CONFIG_FDT=y", "CONFIG_VHOST_USER=y", "CONFIG_VHOST_VDPA=y", "CONFIG_VHOST_KERNEL=y",
            "CONFIG_VIRTFS=y", "CONFIG_LINUX=y", "CONFIG_MULTIPROCESS_ALLOWED=y", "CONFIG_HV_BALLOON_POSSIBLE=y",
            "CONFIG_TCG=y", .. TargetDefines(target),
        ];

        foreach (var mode in new[] { "defconfig", "allnoconfig" })
        {
            var (exitCode, stdout, stderr) = await CliRunner.RunAsync(MinikconfArguments(mode, [$"configs/devices/{target}/default.mak", "Kconfig", .. defines]));

            Assert.True(exitCode == 0, $"{target} --{mode}:\n{stderr}");
            Assert.DoesNotContain("KCONF142", stderr);
            Assert.DoesNotContain("KCONF140", stderr);
            Assert.All(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Matches("^CONFIG_[A-Z0-9_]+=y$", line));
        }
    }

    /// <summary>The target's <c>configs/targets/*.mak</c> gives TARGET_ARCH and TARGET_BIG_ENDIAN, as meson reads them.</summary>
    private static IEnumerable<string> TargetDefines(string target)
    {
        var mak = SharedData.PathOf("corpus", "qemu", "configs", "targets", target + ".mak");
        var settings = File.Exists(mak)
            ? File.ReadAllLines(mak).Where(l => l.Contains('=')).ToDictionary(l => l[..l.IndexOf('=')].Trim(), l => l[(l.IndexOf('=') + 1)..].Trim())
            : [];
        var arch = settings.TryGetValue("TARGET_ARCH", out var a) ? a : target.Split('-')[0];
        yield return $"CONFIG_{arch.ToUpperInvariant()}=y";
        yield return $"CONFIG_TARGET_BIG_ENDIAN={(settings.TryGetValue("TARGET_BIG_ENDIAN", out var big) && big == "y" ? "y" : "n")}";
    }

    /// <summary>minikconf's command line as <c>kconfig resolve</c> arguments, run from the QEMU root.</summary>
    private static string[] MinikconfArguments(string mode, IEnumerable<string> order)
    {
        var qemu = SharedData.PathOf("corpus", "qemu");
        var files = order.Select(a => a.StartsWith("CONFIG_", StringComparison.Ordinal) && a.Contains('=') ? a : Path.Combine(qemu, a)).ToList();
        return ["resolve", "--dialect", "qemu", "--format", "mak", "--mode", mode, "--srctree", qemu, .. files];
    }
}
