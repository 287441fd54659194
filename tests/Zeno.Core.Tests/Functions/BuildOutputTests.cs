using Zeno.Core.Errors;
using Zeno.Core.Functions;

namespace Zeno.Core.Tests.Functions;

public sealed class BuildOutputTests
{
    private const string Base = "/home/me/project";

    [Fact]
    public void Compiler_errors_are_read_with_their_place_relative_to_the_config_folder_and_counted_once()
    {
        const string Output = """
            /home/me/project/functions/a.cs(3,28): error CS0029: Cannot implicitly convert type 'string' to 'int' [/home/me/project/functions/F.csproj]
            /home/me/project/functions/a.cs(1,1): warning CS8019: Unnecessary using directive. [/home/me/project/functions/F.csproj]
            /home/me/project/functions/a.cs(3,28): error CS0029: Cannot implicitly convert type 'string' to 'int' [/home/me/project/functions/F.csproj]
            """;

        var error = Assert.Single(BuildOutput.Errors(Output, Base));

        Assert.Equal(new SourceLocation(Path.Combine("functions", "a.cs"), 3, 28), error.Location);
        Assert.Equal("CS0029", error.Code);
        Assert.Equal($"{Path.Combine("functions", "a.cs")}:3:28: error CS0029: Cannot implicitly convert type 'string' to 'int'", error.ToString());
    }

    [Fact]
    public void A_project_error_names_the_project_file_and_a_tool_error_names_no_file()
    {
        const string Output = """
            /home/me/project/functions/F.csproj : error NU1101: Unable to find package Nope. No packages exist with this id in source(s): nuget.org [/home/me/project/functions/F.csproj]
            MSBUILD : error MSB1009: Project file does not exist.
            """;

        var errors = BuildOutput.Errors(Output, Base);

        Assert.Equal(2, errors.Count);
        Assert.Equal($"{Path.Combine("functions", "F.csproj")}: error NU1101: Unable to find package Nope. No packages exist with this id in source(s): nuget.org", errors[0].ToString());
        Assert.Equal("error MSB1009: Project file does not exist.", errors[1].ToString());
    }

    [Fact]
    public void The_build_facts_are_read_from_the_json_after_any_warnings()
    {
        const string Output = """
            /p/a.cs(1,1): warning CS0168: The variable 'x' is declared but never used [/p/P.csproj]
            {
              "Properties": { "TargetPath": "/cache/functions-build/P.dll", "DefineConstants": "TRACE;RELEASE", "LangVersion": "", "Nullable": "enable" },
              "Items": {
                "Compile": [ { "Identity": "a.cs", "FullPath": "/p/a.cs" }, { "Identity": "obj/P.GlobalUsings.g.cs", "FullPath": "/p/obj/P.GlobalUsings.g.cs" } ],
                "ReferencePath": [ { "Identity": "/ref/System.Runtime.dll", "FullPath": "/ref/System.Runtime.dll" } ]
              }
            }
            """;

        var built = BuildOutput.Result(Output)!;

        Assert.Equal("/cache/functions-build/P.dll", built.AssemblyPath);
        Assert.Equal(new[] { "/p/a.cs", "/p/obj/P.GlobalUsings.g.cs" }, built.Sources);
        Assert.Equal(new[] { "/ref/System.Runtime.dll" }, built.References);
        Assert.Equal("TRACE;RELEASE", built.DefineConstants);
        Assert.Null(built.LangVersion);
        Assert.Equal("enable", built.Nullable);
        Assert.Null(BuildOutput.Result("Build succeeded."));
    }
}
