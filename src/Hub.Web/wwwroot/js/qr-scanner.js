// Check-in by camera: frames from getUserMedia are decoded with jsQR 1.4.0 (npm "jsqr", vendored as /js/jsQR.js with its
// Apache-2.0 licence beside it) and each new code is handed to .NET. Without a camera (or permission) start() answers
// false and the page keeps its code field.
let loading;

function loadJsQr() {
  if (window.jsQR) {
    return Promise.resolve();
  }

  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = "/js/jsQR.js";
    script.onload = resolve;
    script.onerror = reject;
    document.head.appendChild(script);
  });
  return loading;
}

export async function start(video, dotnet) {
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    return false;
  }

  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
    await loadJsQr();
  } catch {
    stream?.getTracks().forEach((t) => t.stop());
    return false;
  }

  video.srcObject = stream;
  video.setAttribute("playsinline", "");
  await video.play();
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  let running = true;
  let last = "";
  let lastAt = 0;

  const scan = async () => {
    if (!running) {
      return;
    }

    if (video.readyState >= 2 && video.videoWidth > 0) {
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      const code = window.jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
      // The same ticket held in front of the camera is reported once, not on every frame.
      if (code && code.data && (code.data !== last || Date.now() - lastAt > 5000)) {
        last = code.data;
        lastAt = Date.now();
        try {
          await dotnet.invokeMethodAsync("OnCodeScanned", code.data);
        } catch {
          running = false;
        }
      }
    }

    // A few frames a second are plenty for a ticket and keep the device cool.
    setTimeout(() => requestAnimationFrame(scan), 200);
  };

  video.hubScanner = {
    stop: () => {
      running = false;
      stream.getTracks().forEach((t) => t.stop());
      video.srcObject = null;
    },
  };
  requestAnimationFrame(scan);
  return true;
}

export function stop(video) {
  video?.hubScanner?.stop();
}
