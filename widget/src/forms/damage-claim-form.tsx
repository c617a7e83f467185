import { useState, type ReactElement } from 'react';
import { uploadPhoto } from '../session/api-client';
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

  const addPhotos = async (files: File[]): Promise<void> => {
    const room = MAX_CLAIM_PHOTOS - photoIds.length - photos.length;
    const problems = files.map(photoProblem).filter((problem): problem is string => problem !== null);
    if (files.length > room) problems.push(`A claim carries at most ${MAX_CLAIM_PHOTOS} photos.`);
    if (problems.length > 0) return setErrors({ ...errors, photo_keys: problems.join(' ') });
    setUploading(true);
    try {
      const added: Uploaded[] = [];
      for (const file of files) added.push({ name: file.name, key: await uploadPhoto(session, file) });
      setPhotos([...photos, ...added]);
      setErrors({ ...errors, photo_keys: '' });
    } catch (error) {
      setErrors({ ...errors, photo_keys: `The upload failed: ${(error as Error).message}` });
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
    const checked = checkArgs('file_damage_claim', raw, today);
    const found = checked.ok ? {} : { ...checked.errors };
    if (photos.length + photoIds.length === 0) found.photo_keys = 'Add at least one photo of the damage.';
    if (!checked.ok || Object.keys(found).length > 0) return setErrors(found);
    setErrors({});
    onAnswer({ decision: 'approve', args: checked.args });
  };

  return (
    <FormShell
      title="File a damage claim"
      summary={action.summary}
      busy={busy || uploading}
      onConfirm={confirm}
      onReject={() => onAnswer({ decision: 'reject' })}
    >
      <Field label="Order number" error={errors.order_id}>
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
      <Field label="What is damaged?" error={errors.description}>
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
        label="Photos"
        error={errors.photo_keys || undefined}
        hint={`JPEG, PNG, WebP or HEIC, up to 8 MB each, at most ${MAX_CLAIM_PHOTOS}.`}
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
        <ul aria-label="Attached photos" className="kesher-photos">
          {photoIds.map((photoId) => (
            <li key={photoId}>Photo from your message ({photoId})</li>
          ))}
          {photos.map((photo) => (
            <li key={photo.key}>{photo.name}</li>
          ))}
        </ul>
      ) : null}
      {uploading ? <p role="status">Uploading…</p> : null}
    </FormShell>
  );
}
