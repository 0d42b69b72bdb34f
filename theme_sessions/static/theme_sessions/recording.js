// Chapter links seek the video on the page; without JavaScript they open the
// video file at that time (a media fragment).
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.chapter-link") : null;
    var video = document.getElementById("recording-video");
    if (!link || !video) return;
    event.preventDefault();
    video.currentTime = Number(link.dataset.seconds) || 0;
    video.focus();
    var played = video.play();
    if (played && played.catch) played.catch(function () {});
  });
})();
