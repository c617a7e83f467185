import { useState, type ReactElement } from 'react';
import { useText } from '../i18n';
import { failureOf, uploadPhoto } from '../session/api-client';
import { Field, FormShell } from './form-shell';
import type { FormProps } from './form-types';
import { MAX_CLAIM_PHOTOS, PHOTO_TYPES, photoProblem } from './photo-rules';
import { checkArgs, type FieldErrors } from './validation';

interface Uploaded {
  name: string;
  key: string;
}

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * A damage claim: the order, what is damaged, and photos. Photos are checked here (type, size,
 * count), uploaded at once, and the claim refers to them by the keys the upload returned.
 */
export function DamageClaimForm({ action, today, session, busy, onAnswer }: FormProps): ReactElement {
  const proposed = action.proposedArgs;
  const [orderId, setOrderId] = useState(String(proposed.order_id ?? ''));
  const [description, setDescription] = useState(String(proposed.description ?? ''));
  const photoIds = stringList(proposed.photo_ids);
  const [photos, setPhotos] = useState<Uploaded[]>(() =>
    stringList(proposed.photo_keys).map((key) => ({ name: key.split('/').at(-1) ?? key, key })),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [uploading, setUploading] = useState(false);
  const text = useText();

  const addPhotos = async (files: File[]): Promise<void> => {
    const room = MAX_CLAIM_PHOTOS - photoIds.length - photos.length;
    const problems = files
      .map((file) => photoProblem(file, text))
      .filter((problem): problem is string => problem !== null);
    if (files.length > room) problems.push(text.form.tooManyPhotos(MAX_CLAIM_PHOTOS));
    if (problems.length > 0) return setErrors({ ...errors, photo_keys: problems.join(' ') });
    setUploading(true);
    try {
      const added: Uploaded[] = [];
      for (const file of files) added.push({ name: file.name, key: await uploadPhoto(session, file) });
      setPhotos([...photos, ...added]);
      setErrors({ ...errors, photo_keys: '' });
    } catch (error) {
      setErrors({ ...errors, photo_keys: text.form.uploadFailed(text.failure(failureOf(error))) });
    } finally {
      setUploading(false);
    }
  };

  const confirm = (): void => {
    const raw = {
      order_id: orderId,
      description,
      items: proposed.items,
      photo_keys: photos.map((photo) => photo.key),
      ...(photoIds.length ? { photo_ids: photoIds } : {}),
    };
    const checked = checkArgs('file_damage_claim', raw, today, text);
    const found = checked.ok ? {} : { ...checked.errors };
    if (photos.length + photoIds.length === 0) found.photo_keys = text.form.needPhoto;
    if (!checked.ok || Object.keys(found).length > 0) return setErrors(found);
    setErrors({});
    onAnswer({ decision: 'approve', args: checked.args });
  };

  return (
    <FormShell
      title={text.form.titles.file_damage_claim}
      summary={action.summary}
      busy={busy || uploading}
      onConfirm={confirm}
      onReject={() => onAnswer({ decision: 'reject' })}
    >
      <Field label={text.form.fields.order_id} error={errors.order_id}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="text"
            value={orderId}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => setOrderId(event.target.value)}
          />
        )}
      </Field>
      <Field label={text.form.fields.description} error={errors.description}>
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            rows={3}
            value={description}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={text.form.fields.photo_keys}
        error={errors.photo_keys || undefined}
        hint={text.form.photosHint(MAX_CLAIM_PHOTOS)}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="file"
            multiple
            accept={PHOTO_TYPES.join(',')}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            disabled={busy || uploading}
            onChange={(event) => {
              const files = Array.from(event.target.files ?? []);
              event.target.value = '';
              if (files.length) void addPhotos(files);
            }}
          />
        )}
      </Field>
      {photos.length + photoIds.length > 0 ? (
        <ul aria-label={text.form.attachedPhotos} className="kesher-photos">
          {photoIds.map((photoId) => (
            <li key={photoId}>{text.form.photoFromMessage(photoId)}</li>
          ))}
          {photos.map((photo) => (
            <li key={photo.key}>{photo.name}</li>
          ))}
        </ul>
      ) : null}
      {uploading ? <p role="status">{text.form.uploading}</p> : null}
    </FormShell>
  );
}
