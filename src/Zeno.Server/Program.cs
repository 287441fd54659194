using Zeno.Core.Config;
using Zeno.Core.Project;
using Zeno.Server.Hosting;

// Standalone entry point (`dotnet zeno-server.dll CONFIG [PORT]`), for development; users run `zeno serve`.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Zeno.Server CONFIG [PORT]   (users: zeno serve CONFIG)");
    return 2;
}
using var project = ZenoProject.Open(ConfigLoader.Load(args[0]));
var options = new ZenoServerOptions { Port = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : project.Config.Port };
var app = ZenoServer.Build(project, options);
await app.RunAsync();
return 0;
