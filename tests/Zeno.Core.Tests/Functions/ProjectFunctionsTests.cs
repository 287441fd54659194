namespace Zeno.Core.Tests.Functions;

public sealed class ProjectFunctionsTests
{
    // The reference form the FunctionLoader docs give users; Microsoft.Data.Analysis is already in the package cache.
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
            <AssemblyName>My.Functions</AssemblyName>
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="Zeno.Api"><HintPath>$(ZenoApiPath)</HintPath><Private>false</Private></Reference>
            <PackageReference Include="Microsoft.Data.Analysis" Version="0.23.1" />
          </ItemGroup>
        </Project>
        """;

    private const string Source = """
        using Microsoft.Data.Analysis;
        using System.Text.Json;
        using Zeno;

        namespace My.Functions;

        public static class Functions
        {
            [Distill("json length")]
            public static DistillReturn JsonLength(DataFrame batch, ZenoOptions options) =>
                new(((StringDataFrameColumn)batch[options.DataColumn!]).Select(text => JsonSerializer.Serialize(text).Length));

            [Distill]
            public static DistillReturn Output(DataFrame batch, ZenoOptions options) => new(Read(batch, options));

            [Metric]
            public static MetricReturn Rows(DataFrame slice, ZenoOptions options) => slice.Rows.Count;

            private static IEnumerable<double?> Read(DataFrame batch, ZenoOptions options) =>
                (PrimitiveDataFrameColumn<double>)batch[options.OutputColumn];
        }
        """;

    [Fact]
    public void A_folder_with_a_csproj_is_built_with_dotnet_and_its_functions_are_loaded_and_analysed()
    {
        using var functions = new TempFunctions()
            .Write("My.Functions.csproj", Project)
            .Write("src/functions.cs", Source)
            .Write("bin/Release/stale.cs", "not C#");
        var catalog = functions.Load();
        var batch = Batches.Texts("a", "bc");

        Assert.Equal(new object?[] { 3, 4 }, catalog.Distills["json length"].Invoke(batch, Batches.Options).Values);
        Assert.Equal(new MetricReturn(2), catalog.Metrics["Rows"].Invoke(batch, Batches.Options));
        Assert.True(catalog.Distills["Output"].Descriptor.ReadsModelOutput);
        Assert.False(catalog.Distills["json length"].Descriptor.ReadsModelOutput);
        Assert.Equal(Path.Combine("functions", "src", "functions.cs"), catalog.Metrics["Rows"].Descriptor.Location.File);
        Assert.Equal(17, catalog.Metrics["Rows"].Descriptor.Location.Line);
        Assert.True(File.Exists(Path.Combine(functions.Cache, "functions-build", "My.Functions.dll")));
        Assert.Equal(
            "My.Functions",
            catalog.Metrics["Rows"].Descriptor.DeclaringType.Split('.')[0] + "." + catalog.Metrics["Rows"].Descriptor.DeclaringType.Split('.')[1]);
    }
}
