using System.Text.Json;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Values;
using KconfigSharp.Kconfig.Writers;

namespace KconfigSharp.Kconfig.Tests.Writers;

public sealed class JsonWriterTests
{
    [Fact]
    public void Writes_symbols_and_diagnostics_in_the_spec_shape()
    {
        var model = KconfigParser.ParseText("config A\n  select U\nconfig B\n  default y if A\n", "Kconfig", new KconfigParseOptions { Dialect = KconfigDialect.Qemu });
        var configuration = KconfigEngine.Resolve(model, DefinesParser.ParseList("A=y", new DiagnosticBag()));

        using var json = JsonDocument.Parse(JsonWriter.Write(configuration));

        var symbols = json.RootElement.GetProperty("symbols").EnumerateArray().ToList();
        var a = symbols.Single(s => s.GetProperty("name").GetString() == "A");
        Assert.Equal("bool", a.GetProperty("type").GetString());
        Assert.Equal("y", a.GetProperty("value").GetString());
        Assert.True(a.GetProperty("visible").GetBoolean());
        Assert.Equal("Kconfig:1", Assert.Single(a.GetProperty("definedAt").EnumerateArray()).GetString());
        Assert.Equal("y", symbols.Single(s => s.GetProperty("name").GetString() == "B").GetProperty("value").GetString());
        var undefined = json.RootElement.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("id").GetString() == "KCONF110");
        Assert.Equal("warning", undefined.GetProperty("severity").GetString());
        Assert.Equal("Kconfig", undefined.GetProperty("file").GetString());
        Assert.Equal(2, undefined.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Escapes_strings_per_rfc_8259()
    {
        Assert.Equal("\"a\\\"b\\\\c\\nd\\te\\u0001\"", JsonWriter.Quote("a\"b\\c\nd\te\u0001"));
    }
}
