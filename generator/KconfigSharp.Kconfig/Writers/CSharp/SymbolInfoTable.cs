using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;

namespace KconfigSharp.Kconfig.Writers.CSharp;

/// <summary>
/// <c>FeatureFlags.Symbols</c> as one string constant, decoded on first use by the generated
/// <c>KconfigSymbolInfo.Decode</c> (<see cref="FeatureFlagsAttributes"/>) instead of one constructor call
/// per symbol: NuttX's 22,000 rows were a 2.5 MB static initializer the compiler bound and emitted.
/// </summary>
/// <remarks>
/// Lines end with <c>\n</c>, fields with <c>\t</c>. Line 1: the definition files. Then one line per
/// symbol: name, member (empty when it is the name), type (<c>b</c>ool, <c>t</c>ristate, <c>s</c>tring,
/// <c>i</c>nt, <c>h</c>ex), value, and the definition sites as <c>file number:line</c> joined by
/// <c>,</c> (<c>?</c> for a site outside any file). A <c>\</c> in a name, value or file escapes the next
/// character (<c>\t</c> tab, <c>\n</c> and <c>\r</c> line breaks, else the character itself), so the
/// separators never occur inside a field.
/// </remarks>
internal static class SymbolInfoTable
{
    /// <summary>Appends the table as a C# string literal, written in place (no intermediate string).</summary>
    public static void WriteLiteral(ChunkedTextBuilder builder, GeneratedMemberNames members)
    {
        builder.Append('"');
        Write(new TableTextWriter(builder, quoted: true, TableTextWriter.FieldSeparators.TabAndLineBreaks), members);
        builder.Append('"');
    }

    [MethodImpl(HotPath.Optimized)]
    private static void Write(TableTextWriter table, GeneratedMemberNames members)
    {
        // The files line comes first but is known only after the rows: number the files in a first pass.
        var fileNumbers = new FileNumbers();
        for (var number = 0; number < members.Count; number++)
        {
            var definedAt = members.Symbol(number).DefinedAt;
            for (var i = 0; i < definedAt.Count; i++)
            {
                var site = definedAt[i];
                if (site.IsInFile && !fileNumbers.Contains(site.File))
                {
                    if (fileNumbers.Count > 0)
                    {
                        table.Append('\t');
                    }

                    fileNumbers.Add(site.File);
                    table.AppendField(site.File);
                }
            }
        }

        table.Append('\n');
        System.Span<char> written = stackalloc char[GeneratedMemberNames.WriteBufferLength];
        for (var number = 0; number < members.Count; number++)
        {
            var symbol = members.Symbol(number);
            table.AppendField(symbol.Name);
            table.Append('\t');
            var length = members.TryWrite(number, written, out var memberName);
            if (memberName is null)
            {
                if (!System.MemoryExtensions.SequenceEqual(written.Slice(0, length), System.MemoryExtensions.AsSpan(symbol.Name)))
                {
                    table.AppendIdentifier(written.Slice(0, length));
                }
            }
            else if (memberName != symbol.Name)
            {
                table.AppendField(memberName);
            }

            table.Append('\t');
            table.Append(TypeCode(symbol.Type));
            table.Append('\t');
            table.AppendField(symbol.Value);
            table.Append('\t');
            var definedAt = symbol.DefinedAt;
            for (var i = 0; i < definedAt.Count; i++)
            {
                var site = definedAt[i];
                if (i > 0)
                {
                    table.Append(',');
                }

                if (!site.IsInFile)
                {
                    table.Append('?');
                    continue;
                }

                table.Append(fileNumbers.Of(site.File));
                table.Append(':');
                table.Append(site.Line);
            }

            table.Append('\n');
        }
    }

    /// <summary>
    /// The definition files by number. Symbols come in definition order, so most sites are in the file of the site
    /// before: that file (the same string: a file's locations share its path) is answered without hashing its path.
    /// </summary>
    private sealed class FileNumbers
    {
        private readonly Dictionary<string, int> _numbers = new(System.StringComparer.Ordinal);
        private string? _lastFile;
        private int _lastNumber;

        public int Count => _numbers.Count;

        public bool Contains(string file) => TryGet(file, out _);

        public void Add(string file)
        {
            _lastNumber = _numbers.Count;
            _lastFile = file;
            _numbers.Add(file, _lastNumber);
        }

        public int Of(string file) => TryGet(file, out var number) ? number : throw new KeyNotFoundException(file);

        private bool TryGet(string file, out int number)
        {
            if (!ReferenceEquals(file, _lastFile))
            {
                if (!_numbers.TryGetValue(file, out var found))
                {
                    number = -1;
                    return false;
                }

                (_lastFile, _lastNumber) = (file, found);
            }

            number = _lastNumber;
            return true;
        }
    }

    private static char TypeCode(KconfigType type) => type switch
    {
        KconfigType.Tristate => 't',
        KconfigType.String => 's',
        KconfigType.Int => 'i',
        KconfigType.Hex => 'h',
        _ => 'b',
    };
}
