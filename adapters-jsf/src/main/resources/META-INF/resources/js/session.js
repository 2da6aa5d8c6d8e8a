/*
 * A lost session (timed out, signed out elsewhere, the server restarted) answers an ajax request with
 * the login page (HTML) instead of a partial response; PrimeFaces would then spin for ever. Go to the
 * login page instead, which says why ("登录已超时，请重新登录"); nothing was saved.
 */
document.addEventListener('DOMContentLoaded', function () {
    if (!window.jQuery) {
        return;
    }
    jQuery(document).on('pfAjaxError', function (event, xhr) {
        var type = xhr && xhr.getResponseHeader ? (xhr.getResponseHeader('Content-Type') || '') : '';
        if (xhr && xhr.status === 200 && type.indexOf('text/html') === 0) {
            window.location.href = document.documentElement.getAttribute('data-login');
        }
    });
});
