using KconfigSharp.Analyzers.Model;
using Xunit;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>The model's number-keyed table: first value kept, growth past its first array, absent numbers, concurrent writers.</summary>
public sealed class NumberedTableTests
{
    [Fact]
    public void The_first_value_for_a_number_is_kept_as_the_table_grows()
    {
        var table = new NumberedTable<string>();

        Assert.Equal("a", table.GetOrAdd(3, "a"));
        Assert.Equal("a", table.GetOrAdd(3, "b"));
        Assert.Equal("far", table.GetOrAdd(1000, "far"));

        Assert.True(table.TryGetValue(3, out var kept));
        Assert.Equal("a", kept);
        Assert.Equal("far", table[1000]);
        Assert.False(table.TryGetValue(4, out _));
        Assert.False(table.TryGetValue(5000, out _));
        Assert.False(table.TryGetValue(-1, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => table[4]);
    }

    [Fact]
    public void Concurrent_writers_agree_on_one_value_per_number()
    {
        var table = new NumberedTable<string>();
        var results = new string[8][];
        Parallel.For(0, results.Length, writer =>
        {
            results[writer] = Enumerable.Range(0, 500).Select(n => table.GetOrAdd(n, $"{n}/{writer}")).ToArray();
        });

        for (var n = 0; n < 500; n++)
        {
            var first = results[0][n];
            Assert.StartsWith($"{n}/", first, StringComparison.Ordinal);
            Assert.All(results, r => Assert.Same(first, r[n]));
            Assert.Same(first, table[n]);
        }
    }
}
