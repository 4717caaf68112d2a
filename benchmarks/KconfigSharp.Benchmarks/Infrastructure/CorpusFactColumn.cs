using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KconfigSharp.Benchmarks.Infrastructure;

/// <summary>
/// A summary column holding one fact per corpus (the value of the benchmark's <c>Corpus</c> parameter),
/// computed once in the host process when the summary is printed; used for what a timing loop cannot
/// show: the tree's size and the retained size of the model (see <see cref="RetainedSize"/>).
/// </summary>
internal sealed class CorpusFactColumn(string name, string legend, Func<Corpus, string> fact)
    : TextColumn(nameof(CorpusFactColumn) + "." + name, name, legend)
{
    private readonly Dictionary<Corpus, string> _values = [];

    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Parameters["Corpus"] is not Corpus corpus)
        {
            return "-";
        }

        lock (_values)
        {
            if (!_values.TryGetValue(corpus, out var value))
            {
                try
                {
                    value = fact(corpus);
                }
#pragma warning disable CA1031 // A column must not take the summary down; show why instead.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    value = "n/a (" + exception.GetType().Name + ")";
                }

                _values[corpus] = value;
            }

            return value;
        }
    }
}
