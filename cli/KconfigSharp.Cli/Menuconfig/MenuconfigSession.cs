using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Kconfig.Values;
using KconfigSharp.Kconfig.Writers;

namespace KconfigSharp.Cli.Menuconfig;

/// <summary>
/// The configuration being edited: the loaded tree, the user values (values files and defines, then
/// every change made here, a later value for a name replacing the earlier one) and the configuration
/// they resolve to. Every change resolves again with <see cref="KconfigEngine"/>, so dependents,
/// selects and choices follow at once. Saves a <c>.config</c> (kconfig dialect) or edits the
/// <c>.mak</c> values file (qemu dialect, keeping its other lines).
/// </summary>
internal sealed class MenuconfigSession
{
    private static readonly SourceLocation EditedHere = new("menuconfig", 1);

    private readonly LoadedTree _tree;
    private readonly ResolveOptions _options;
    private readonly List<ValueAssignment> _values;
    private readonly List<KeyValuePair<string, string>> _makChanges = [];

    public MenuconfigSession(LoadedTree tree, ResolveOptions options, string outputPath)
    {
        _tree = tree;
        _options = options;
        _values = [.. tree.Values];
        OutputPath = outputPath;
        Menu = new ResolvedMenu(tree.Model, tree.Configuration);
    }

    public KconfigModel Model => _tree.Model;

    public KconfigDialect Dialect => _tree.Model.Dialect;

    /// <summary>The current resolution of the tree with the current user values.</summary>
    public ResolvedMenu Menu { get; private set; }

    /// <summary>Where <c>S</c> saves by default (<c>-o</c>).</summary>
    public string OutputPath { get; }

    /// <summary>True when values changed since the last save or load.</summary>
    public bool HasUnsavedChanges { get; private set; }

    /// <summary>True when a values file, define or change here gave the symbol a value (no "(NEW)").</summary>
    public bool HasUserValue(Symbol symbol) => _values.Exists(v => v.Name == symbol.Name);

    /// <summary>Sets a user value (y/m/n, a number or a string) and resolves again.</summary>
    public void Set(Symbol symbol, string value)
    {
        _values.RemoveAll(v => v.Name == symbol.Name);
        _values.Add(new ValueAssignment(symbol.Name, value, symbol.Type == KconfigType.String, EditedHere, ValueSource.Define));
        _makChanges.RemoveAll(c => c.Key == symbol.Name);
        _makChanges.Add(new KeyValuePair<string, string>(symbol.Name, value));
        HasUnsavedChanges = true;
        Resolve();
    }

    /// <summary>The text <c>S</c> writes: the <c>.config</c>, or the edited <c>.mak</c> (qemu dialect).</summary>
    public string ConfigurationText(string path)
    {
        if (Dialect == KconfigDialect.Qemu)
        {
            var original = File.Exists(path) ? FileSystemProvider.ReadText(path, path) : string.Empty;
            return MakValuesEditor.Apply(original, _makChanges);
        }

        return ConfigWriter.Write(Model, Menu.Configuration);
    }

    /// <summary>Writes the configuration to <paramref name="path"/>; returns an error message or null.</summary>
    public string? Save(string path)
    {
        var error = Write(path, ConfigurationText(path));
        if (error is null)
        {
            HasUnsavedChanges = false;
            _makChanges.Clear();
        }

        return error;
    }

    /// <summary>Writes the minimal configuration (savedefconfig) to <paramref name="path"/>; returns an error message or null.</summary>
    public string? SaveMinimal(string path) =>
        Dialect == KconfigDialect.Qemu
            ? "a minimal configuration is a kconfig-dialect file; the qemu dialect edits the .mak file instead"
            : Write(path, MinConfigWriter.Write(Model, Menu.Configuration));

    /// <summary>Replaces the values-file values with those of <paramref name="path"/> (defines stay); returns an error message or null.</summary>
    public string? Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            return $"'{path}' does not exist";
        }

        var diagnostics = new DiagnosticBag();
        var loaded = ValuesFileReader.Read(_tree.Files.TreePath(full), _tree.Files, diagnostics);
        _values.RemoveAll(v => v.Source != ValueSource.Define || v.Location == EditedHere);
        _values.InsertRange(0, loaded);
        _makChanges.Clear();
        HasUnsavedChanges = false;
        Resolve();
        return null;
    }

    /// <summary>The text of <c>kconfig why</c> for the symbol, with the current values.</summary>
    public string Explain(Symbol symbol)
    {
        var tree = _tree with { Values = [.. _values], Configuration = Menu.Configuration, Diagnostics = [.. Menu.Configuration.Diagnostics] };
        return WhyExplainer.TryExplain(tree, symbol.Name, out var text) ? text : $"{symbol.Name}: no information";
    }

    private void Resolve() => Menu = new ResolvedMenu(Model, KconfigEngine.Resolve(Model, _values, _options));

    private static string? Write(string path, string text)
    {
        try
        {
            File.WriteAllText(Path.GetFullPath(path), text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"cannot write '{path}': {e.Message}";
        }
    }
}
