// Usage: node live-client.mjs <base-url> <cookie> <expected-count>
// Connects to /hubs/live as the cookie's user, catches up from 0, prints "connected", then prints every pushed
// notification as one JSON line and exits after <expected-count> of them (or fails after 30 s).
import * as signalR from "@microsoft/signalr";

const [baseUrl, cookie, expected] = process.argv.slice(2);
const connection = new signalR.HubConnectionBuilder()
  .withUrl(new URL("hubs/live", baseUrl).toString(), { headers: { Cookie: cookie } })
  .configureLogging(signalR.LogLevel.Warning)
  .build();

let received = 0;
const timer = setTimeout(() => { console.error("timed out"); process.exit(2); }, 30000);
connection.on("Notification", async (n) => {
  console.log(JSON.stringify(n));
  if (++received >= Number(expected)) {
    clearTimeout(timer);
    await connection.stop();
    process.exit(0);
  }
});

await connection.start();
const missed = await connection.invoke("CatchUp", 0);
console.log(`connected ${missed.length}`);
