using System.Text;
using CsCheck;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;
using KconfigSharp.Tests;

namespace KconfigSharp.Kconfig.Tests.Properties;

/// <summary>
/// Byte flips, truncations and splices of real files from <c>../shared/corpus</c> (and the seed
/// Kconfig.host): parsing in both dialects, reading as a values file and resolving never throw, and
/// every diagnostic lies inside its file.
/// </summary>
public sealed class CorpusMutationProperties
{
    private static readonly Lazy<byte[][]> Samples = new(LoadSamples);

    private static byte[][] LoadSamples()
    {
        var files = new List<string>();
        foreach (var tree in new[] { "kconfiglib", "qemu", "nuttx" })
        {
            var dir = SharedData.PathOf("corpus", tree);
            if (Directory.Exists(dir))
            {
                files.AddRange(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                    .Where(f => new FileInfo(f).Length is > 40 and < 8000)
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .Where((_, i) => i % 7 == 0)
                    .Take(40));
            }
        }

        var seed = SharedData.PathOf("seed", "Kconfig.host");
        if (File.Exists(seed))
        {
            files.Add(seed);
        }

        return files.Select(File.ReadAllBytes).ToArray();
    }

    private static Gen<byte[]> Mutation => Gen.Int[0, Samples.Value.Length - 1].SelectMany(i =>
    {
        var original = Samples.Value[i];
        return Gen.Int[0, 3].SelectMany(kind => kind switch
        {
            0 => Gen.Select(Gen.Int[0, original.Length - 1].Array[1, 16], Gen.Byte.Array[16], (positions, values) =>
            {
                var copy = (byte[])original.Clone();
                for (var k = 0; k < positions.Length; k++)
                {
                    copy[positions[k]] = values[k];
                }

                return copy;
            }),
            1 => Gen.Int[0, original.Length].Select(n => original.Take(n).ToArray()),
            2 => Gen.Select(Gen.Int[0, Samples.Value.Length - 1], Gen.Int[0, original.Length], Gen.Int[0, 4000], (j, cut, from) =>
            {
                var other = Samples.Value[j];
                from = Math.Min(from, other.Length);
                return original.Take(cut).Concat(other.Skip(from)).ToArray();
            }),
            _ => Gen.Select(Gen.Int[0, original.Length], Gen.OneOf("(", "!", "if y\n", "endif\n", "menu \"m\"\n", "\"", "\\", "$(", "choice\n", "\t", "\0", "\r"), Gen.Int[1, 50], (at, token, times) =>
                original.Take(at).Concat(Enumerable.Repeat(Encoding.UTF8.GetBytes(token), times).SelectMany(b => b)).Concat(original.Skip(at)).ToArray()),
        });
    });

    [SharedDataFact]
    public void Mutated_corpus_files_never_throw_and_diagnostics_lie_inside_the_file()
    {
        Assert.NotEmpty(Samples.Value);
        Mutation.Sample(bytes =>
        {
            var text = Encoding.UTF8.GetString(bytes);
            var files = new Dictionary<string, string> { ["Kconfig"] = text };
            var bag = new DiagnosticBag();
            var values = ValuesFileReader.ReadText(text, "Kconfig", bag);
            Invariants.DiagnosticsLieInsideTheirFiles(bag.Items, files);
            foreach (var dialect in new[] { KconfigDialect.Kconfig, KconfigDialect.Qemu })
            {
                var model = KconfigParser.Parse("Kconfig", new InMemoryFileProvider(files), new KconfigParseOptions { Dialect = dialect });
                var resolved = KconfigEngine.Resolve(model, values);
                Invariants.DiagnosticsLieInsideTheirFiles(resolved.Diagnostics, files);
            }
        }, iter: PropertyBudget.Iterations(400), seed: PropertyBudget.Seed, threads: 1);
    }
}
