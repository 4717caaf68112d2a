using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Cli.Menuconfig;

/// <summary>
/// Lays the view model out as text, one string per screen line (plain characters, so tests and
/// terminal captures read it): the menu path, the rows (the selected one marked with <c>&gt;</c>),
/// a separator, then the key legend (or, in show-help mode, the selected entry's help), with the
/// open dialog drawn as a box over the middle.
/// </summary>
internal static class ScreenRenderer
{
    private static readonly string[] Legend =
    [
        "[Space/Enter] Toggle/enter  [ESC] Leave menu  [S] Save",
        "[O] Load  [?] Symbol info  [/] Jump to symbol",
        "[F] Toggle show-help mode  [C] Toggle show-name mode  [A] Toggle show-all mode",
        "[Q] Quit (prompts for save)  [D] Save minimal config (advanced)",
    ];

    /// <summary>The screen line of the first menu row (after the title line).</summary>
    public const int FirstRowLine = 1;

    public static string[] Render(MenuconfigViewModel model, int width, int height)
    {
        width = Math.Max(20, width);
        height = Math.Max(10, height);
        var screen = new List<string> { Title(model) };
        var bottom = model.ShowHelp ? HelpLines(model, width) : Legend;
        var listHeight = Math.Max(1, height - 2 - bottom.Length);
        model.Scroll(listHeight);
        for (var i = 0; i < listHeight; i++)
        {
            var index = model.Top + i;
            screen.Add(index < model.Rows.Count
                ? (index == model.Cursor ? ">" : " ") + MenuRowFormatter.Format(model, model.Rows[index])
                : string.Empty);
        }

        screen.Add(new string('-', width));
        screen.AddRange(bottom);
        var lines = screen.Take(height).Select(l => Fit(l, width)).ToArray();
        if (model.Dialog is { } dialog)
        {
            DrawBox(lines, DialogLines(model, dialog, width - 8), dialog.Title, width);
        }

        return lines;
    }

    private static string Title(MenuconfigViewModel model)
    {
        var path = string.Join(" > ", model.Path.Skip(1).Select(m => m.Prompt ?? m.Node.Symbol?.Name ?? "?"));
        var top = model.Session.Model.MainMenuTitle is { } title ? $"(Top) {title}" : "(Top)";
        return path.Length == 0 ? top : $"(Top) > {path}";
    }

    private static string[] HelpLines(MenuconfigViewModel model, int width)
    {
        var node = model.Selected?.Node;
        var help = node?.Help ?? node?.Symbol?.Nodes.Select(n => n.Help).FirstOrDefault(h => h is not null);
        var lines = help is null ? ["(no help)"] : help.TrimEnd('\n').Split('\n');
        return [.. lines.Take(Legend.Length).Concat(Enumerable.Repeat(string.Empty, Math.Max(0, Legend.Length - lines.Length)))];
    }

    private static List<string> DialogLines(MenuconfigViewModel model, MenuDialog dialog, int width)
    {
        switch (dialog)
        {
            case InputDialog input:
                var lines = new List<string>();
                if (input.Symbol is { } symbol)
                {
                    var range = model.Session.Menu.ActiveRange(symbol) is { } r ? $" (range {r.Key}-{r.Value})" : string.Empty;
                    lines.Add($"{symbol.Type.ToString().ToLowerInvariant()} value{range}:");
                }
                else
                {
                    lines.Add("File name:");
                }

                lines.Add("[" + input.Text + "_]");
                lines.Add(input.Error ?? string.Empty);
                lines.Add("[Enter] OK  [Esc] Cancel");
                return lines;
            case MessageDialog message:
                var visible = message.Lines.Skip(message.Top).Take(14).ToList();
                visible.Add(string.Empty);
                visible.Add(message.Lines.Count > 14 ? "[Up/Down] Scroll  [Enter] OK" : "[Enter] OK");
                return visible;
            case QuitDialog quit:
                return [quit.Question, string.Empty, "(Y)es  (N)o  (Esc) Cancel"];
            case SearchDialog search:
                var result = new List<string> { "Regular expression (matched against names and prompts):", "[" + search.Text + "_]", search.Error ?? $"{search.Matches.Count} match(es)" };
                var first = Math.Max(0, search.Selected - 9);
                for (var i = first; i < Math.Min(search.Matches.Count, first + 10); i++)
                {
                    result.Add((i == search.Selected ? "> " : "  ") + Describe(search.Matches[i]));
                }

                result.Add("[Up/Down] Pick  [Enter] Jump  [Esc] Cancel");
                return result;
            default:
                return [];
        }
    }

    private static string Describe(MenuEntry entry) => entry.Node.Kind switch
    {
        MenuNodeKind.Symbol => entry.Prompt is { } prompt ? $"{entry.Node.Symbol!.Name} \"{prompt}\"" : entry.Node.Symbol!.Name,
        MenuNodeKind.Choice => $"choice \"{entry.Prompt}\"",
        MenuNodeKind.Menu => $"menu \"{entry.Prompt}\"",
        _ => $"comment \"{entry.Prompt}\"",
    };

    private static void DrawBox(string[] screen, List<string> content, string title, int width)
    {
        var inner = Math.Min(width - 4, Math.Max(title.Length + 4, content.Max(l => Math.Min(l.Length, width - 4)) + 2));
        var boxWidth = inner + 2;
        var left = (width - boxWidth) / 2;
        var heading = ("- " + title + " ").PadRight(inner, '-');
        var box = new List<string> { "+" + heading[..inner] + "+" };
        box.AddRange(content.Select(l => "| " + Fit(l, inner - 2) + " |"));
        box.Add("+" + new string('-', inner) + "+");
        var top = Math.Max(0, (screen.Length - box.Count) / 2);
        for (var i = 0; i < box.Count && top + i < screen.Length; i++)
        {
            var line = screen[top + i];
            screen[top + i] = line[..left] + box[i] + line[(left + boxWidth)..];
        }
    }

    private static string Fit(string line, int width) => line.Length > width ? line[..width] : line.PadRight(width);
}
