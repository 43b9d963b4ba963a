// Stands for Google's tag: runs only after the visitor allows the Google Analytics service.
document.cookie = '_ga=GA1.1.demo; Path=/; Max-Age=3600; SameSite=Lax';
document.getElementById('log').insertAdjacentHTML('beforeend', '<li>google-analytics.js ran (set _ga).</li>');
