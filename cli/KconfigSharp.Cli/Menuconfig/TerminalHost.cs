using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace KconfigSharp.Cli.Menuconfig;

/// <summary>
/// Runs a <see cref="MenuconfigViewModel"/> full-screen with Terminal.Gui: one view that draws the
/// <see cref="ScreenRenderer"/> lines (the selected row and dialogs highlighted) and passes every key
/// to the view model; it stops when the view model is finished.
/// </summary>
internal static class TerminalHost
{
    public static void Run(MenuconfigViewModel model)
    {
        CommandHeap.LeaveNoCollectionRegion();
        InitializeConfiguration();
        using var app = Application.Create();
        app.Init();
        var window = new Window { BorderStyle = Terminal.Gui.Drawing.LineStyle.None };
        var screen = new ScreenView(model, app) { Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        window.Add(screen);
        screen.SetFocus();
        app.Run(window);
        window.Dispose();
    }

    /// <summary>
    /// What Terminal.Gui's module initializer does, which the Native AOT build leaves empty so that
    /// commands other than menuconfig do not pay for it at start-up (ILLink.Substitutions.xml).
    /// Applying the configuration again (the JIT build, where the initializer did run) gives the same settings.
    /// </summary>
    private static void InitializeConfiguration()
    {
        try
        {
            Terminal.Gui.Configuration.TuiConfigurationBuilder.Shared.ApplyToStaticFacades();
        }
        catch (Exception exception)
        {
            Terminal.Gui.Configuration.TuiJsonErrors.Add("configuration: " + exception.Message);
        }
    }

    /// <summary>Translates a Terminal.Gui key; null for keys menuconfig ignores.</summary>
    public static MenuKey? Translate(Key key)
    {
        var code = key.KeyCode & ~KeyCode.ShiftMask;
        MenuKey? special = code switch
        {
            KeyCode.CursorUp => MenuKeyKind.Up,
            KeyCode.CursorDown => MenuKeyKind.Down,
            KeyCode.CursorLeft => MenuKeyKind.Left,
            KeyCode.CursorRight => MenuKeyKind.Right,
            KeyCode.PageUp => MenuKeyKind.PageUp,
            KeyCode.PageDown => MenuKeyKind.PageDown,
            KeyCode.Home => MenuKeyKind.Home,
            KeyCode.End => MenuKeyKind.End,
            KeyCode.Enter => MenuKeyKind.Enter,
            KeyCode.Esc => MenuKeyKind.Escape,
            KeyCode.Backspace or KeyCode.Delete => MenuKeyKind.Backspace,
            _ => null,
        };
        if (special is not null)
        {
            return special;
        }

        if (key.IsCtrl || key.IsAlt)
        {
            return null;
        }

        var rune = key.AsRune;
        return rune.Value is >= 32 and < 0xFFFF && !char.IsControl((char)rune.Value) ? MenuKey.Char((char)rune.Value) : null;
    }

    private sealed class ScreenView(MenuconfigViewModel model, IApplication app) : View
    {
        protected override bool OnDrawingContent(DrawContext? context)
        {
            var lines = ScreenRenderer.Render(model, Viewport.Width, Viewport.Height);
            var selected = model.Dialog is null && model.Rows.Count > 0 ? ScreenRenderer.FirstRowLine + model.Cursor - model.Top : -1;
            for (var row = 0; row < lines.Length; row++)
            {
                // The selected line in reverse colors, as the curses menuconfigs show it.
                SetAttributeForRole(row == selected ? VisualRole.Focus : VisualRole.Normal);
                Move(0, row);
                AddStr(lines[row]);
            }

            return true;
        }

        protected override bool OnKeyDown(Key key)
        {
            if (Translate(key) is { } translated)
            {
                model.Handle(translated);
                if (model.IsFinished)
                {
                    app.RequestStop();
                }

                SetNeedsDraw();
            }

            return true;
        }
    }
}
