// Stands for a Matomo tag: runs only after the visitor allows statistics, and sets Matomo-like cookies.
document.cookie = '_pk_id.1.demo=visitor; Path=/; Max-Age=3600; SameSite=Lax';
document.cookie = '_pk_ses.1.demo=1; Path=/; Max-Age=1800; SameSite=Lax';
window.demoLog('statisticsRan');
