using System.CommandLine;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Cli;

/// <summary>The <c>kconfig</c> command line (SPEC §7). Exit codes: 0 success, 1 input errors, 2 bad command line.</summary>
public static class KconfigCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var kconfigArgument = new Argument<string>("KCONFIG") { Description = "The root Kconfig file" };
        var dialectOption = new Option<string>("--dialect") { Description = "kconfig (Linux semantics, default) or qemu (minikconf)", DefaultValueFactory = _ => "kconfig" };
        dialectOption.AcceptOnlyFromAmong("kconfig", "qemu");
        var srctreeOption = new Option<string?>("--srctree") { Description = "Base folder of 'source' paths (default: the folder of KCONFIG)" };

        var check = new Command("check", "Report diagnostics only") { kconfigArgument, dialectOption, srctreeOption };
        check.SetAction(parse =>
        {
            var path = parse.GetValue(kconfigArgument)!;
            var dialect = parse.GetValue(dialectOption) == "qemu" ? KconfigDialect.Qemu : KconfigDialect.Kconfig;
            var srctree = parse.GetValue(srctreeOption) ?? Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            var provider = new FileSystemProvider(srctree);
            var root = Path.GetRelativePath(provider.SourceTree, Path.GetFullPath(path)).Replace('\\', '/');
            var model = KconfigParser.Parse(root, provider, new KconfigParseOptions { Dialect = dialect });
            foreach (var diagnostic in model.Diagnostics)
            {
                stderr.WriteLine(diagnostic.ToCanonicalString(diagnostic.Location.IsInFile ? provider.FullPath(diagnostic.Location.File) : null));
            }

            return model.Diagnostics.Any(d => d.Severity == KconfigSeverity.Error) ? 1 : 0;
        });

        var root = new RootCommand("kconfig: parse, check and resolve Kconfig trees (KconfigSharp)") { check };
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine($"kconfig: error: {error.Message}");
            }

            return 2;
        }

        return await result.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
