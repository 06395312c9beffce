// Files the dossier when the citizen submits a valid form: its data as JSON and every attached file, in one
// multipart/form-data POST that JSP, PHP and ASP.NET read as ordinary form fields and file uploads.
const form = document.querySelector('dvc-dossier-form');
const status = document.querySelector('#dossier-status');

form.addEventListener('dvc-submit', async (event) => {
  const { data, files } = event.detail;
  const body = new FormData();
  body.append('dossier', JSON.stringify(data));
  for (const [pointer, list] of Object.entries(files)) {
    for (const file of list) body.append(pointer, file, file.name);
  }
  form.disabled = true;
  status.textContent = 'Đang gửi hồ sơ…';
  try {
    const response = await fetch('/api/dossiers', { method: 'POST', body });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    status.textContent = 'Đã nộp hồ sơ.';
  } catch {
    form.disabled = false;
    status.textContent = 'Chưa gửi được hồ sơ. Vui lòng thử lại.';
  }
});
