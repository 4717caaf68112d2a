using KconfigSharp.Tests;

namespace KconfigSharp.Cli.Tests.Workflow;

/// <summary>The small tree and reference files in this folder (see README.md beside them).</summary>
internal static class WorkflowFiles
{
    public static string PathOf(string name) => RepositoryPaths.PathOf("tests", "KconfigSharp.Cli.Tests", "Workflow", name);

    public static string Read(string name) => File.ReadAllText(PathOf(name));
}
